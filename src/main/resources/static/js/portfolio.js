// Charts of the portfolio page: each container says which chart it is in data-chart and carries its data as JSON
// in data-series ([{name, value}]).
(function () {
    function parse(element) {
        try {
            return JSON.parse(element.getAttribute('data-series') || '[]');
        } catch (e) {
            return [];
        }
    }

    var builders = {
        pie: function (data) {
            return {
                tooltip: {trigger: 'item', formatter: '{b}: {d}%'},
                legend: {bottom: 0, type: 'scroll'},
                series: [{type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'],
                    label: {formatter: '{b}\n{d}%'},
                    data: data.map(function (d) { return {name: d.name, value: Number(d.value)}; })}]
            };
        },
        bar: function (data) {
            return {
                tooltip: {trigger: 'axis'},
                grid: {left: 110, right: 24, top: 16, bottom: 24},
                xAxis: {type: 'value'},
                yAxis: {type: 'category', data: data.map(function (d) { return d.name; })},
                series: [{type: 'bar', barMaxWidth: 24, data: data.map(function (d) { return Number(d.value); })}]
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
            var chart = echarts.init(element);
            chart.setOption(build(parse(element)));
            element.setAttribute('data-drawn', 'true');
            window.addEventListener('resize', function () { chart.resize(); });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
