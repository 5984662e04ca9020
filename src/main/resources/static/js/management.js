// Charts of the management pages: each container names its chart in data-chart and carries its data as JSON.
(function () {
    function parse(element, name) {
        try {
            return JSON.parse(element.getAttribute(name) || '[]');
        } catch (e) {
            return [];
        }
    }

    var builders = {
        targets: function (element) {
            var data = parse(element, 'data-series');
            var labels = parse(element, 'data-labels');
            return {
                tooltip: {trigger: 'axis'},
                grid: {left: 48, right: 16, top: 24, bottom: 48},
                xAxis: {type: 'category', data: data.map(function (d) { return labels[d.metric] || d.metric; })},
                yAxis: {type: 'value', name: '%', max: function (v) { return Math.max(100, Math.ceil(v.max / 10) * 10); }},
                series: [{type: 'bar', name: element.getAttribute('data-name') || '', barMaxWidth: 48,
                    data: data.map(function (d) { return Number(d.completion); }),
                    markLine: {silent: true, symbol: 'none', data: [{yAxis: 100}]}}]
            };
        },
        trend: function (element) {
            var data = parse(element, 'data-series');
            var names = parse(element, 'data-names');
            function series(key, axis) {
                return {type: axis ? 'bar' : 'line', smooth: true, name: names[key] || key, yAxisIndex: axis || 0,
                    data: data.map(function (d) { return d[key] === null || d[key] === undefined ? null : Number(d[key]); })};
            }
            return {
                tooltip: {trigger: 'axis'},
                legend: {bottom: 0},
                grid: {left: 40, right: 72, top: 24, bottom: 56},
                xAxis: {type: 'category', data: data.map(function (d) { return d.day; })},
                // counts on the left axis, the released volume (CNY) as bars on the right one
                yAxis: [{type: 'value', minInterval: 1}, {type: 'value', name: 'CNY', splitLine: {show: false}}],
                series: [series('contacts'), series('surveys'), series('conversions'), series('sales'), series('volume', 1)]
            };
        },
        ranking: function (element) {
            var data = parse(element, 'data-series').slice().reverse();
            return {
                tooltip: {trigger: 'axis'},
                grid: {left: 80, right: 24, top: 16, bottom: 32},
                xAxis: {type: 'value', name: '%'},
                yAxis: {type: 'category', data: data.map(function (d) { return d.subject; })},
                series: [{type: 'bar', barMaxWidth: 24, data: data.map(function (d) { return Number(d.completion); })}]
            };
        }
    };

    function draw() {
        if (typeof echarts === 'undefined') {
            return;
        }
        document.querySelectorAll('[data-chart]').forEach(function (element) {
            var build = builders[element.getAttribute('data-chart')];
            if (!build) {
                return;
            }
            var chart = echarts.init(element, null, {renderer: 'canvas'});
            chart.setOption(build(element));
            window.addEventListener('resize', function () { chart.resize(); });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
