// Charts of the institution reports: each container carries its labels and values as JSON in data-* attributes
// (a withheld figure is null and drawn as no bar). No inline script: the Content-Security-Policy forbids it.
(function () {
    function parse(element, name) {
        try {
            return JSON.parse(element.getAttribute(name) || '[]');
        } catch (e) {
            return [];
        }
    }

    function draw() {
        if (typeof echarts === 'undefined') {
            return;
        }
        document.querySelectorAll('[data-report-chart]').forEach(function (element) {
            var labels = parse(element, 'data-labels');
            var values = parse(element, 'data-values');
            var chart = echarts.init(element, null, {renderer: 'canvas'});
            chart.setOption({
                tooltip: {trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '<5' : v; }},
                grid: {left: 48, right: 16, top: 16, bottom: 64},
                xAxis: {type: 'category', data: labels, axisLabel: {interval: 0, rotate: labels.length > 5 ? 30 : 0}},
                yAxis: {type: 'value', minInterval: 1},
                series: [{type: 'bar', name: element.getAttribute('data-name') || '', barMaxWidth: 40,
                    data: values.map(function (v) { return v === null ? null : Number(v); })}]
            });
            window.addEventListener('resize', function () { chart.resize(); });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
