// The dashboard's charts: each <canvas data-chart> carries its data as JSON ({labels, datasets:[{label, values}]});
// the table that follows it holds the same figures for screen readers and browsers without scripts.
(function () {
    'use strict';

    var colours = ['#1d4f91', '#b3261e', '#2e7d32'];

    function draw(canvas) {
        var data;
        try {
            data = JSON.parse(canvas.getAttribute('data-chart'));
        } catch (e) {
            return;
        }

        var kind = canvas.getAttribute('data-chart-kind') === 'line' ? 'line' : 'bar';
        var chart = new window.Chart(canvas, {
            type: kind,
            data: {
                labels: data.labels,
                datasets: data.datasets.map(function (dataset, i) {
                    return {
                        label: dataset.label,
                        data: dataset.values,
                        backgroundColor: colours[i % colours.length],
                        borderColor: colours[i % colours.length],
                        borderDash: i === 0 ? [] : [6, 4],
                        tension: 0.2
                    };
                })
            },
            options: {
                animation: false,
                responsive: true,
                scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
                plugins: { legend: { display: data.datasets.length > 1 } }
            }
        });
        canvas.setAttribute('data-chart-ready', chart ? 'true' : 'false');
    }

    function start() {
        if (typeof window.Chart !== 'function') {
            return;
        }

        Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), draw);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
