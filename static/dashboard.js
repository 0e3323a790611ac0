// Draws the dashboard's charts from the JSON block the server wrote beside the tables
// (the tables stay the source a reader without JavaScript sees). Chart.js is loaded before this.
/* global Chart */
(function () {
  "use strict";
  var block = document.getElementById("dashboard-data");
  if (!block || typeof Chart === "undefined") return;
  var data = JSON.parse(block.textContent);
  var colors = { answer: "#2f7d4f", related: "#d39b1b", refusal: "#b5443b", cited: "#1f5fa8" };
  var days = document.getElementById("chart-days");
  if (days) {
    new Chart(days, {
      type: "bar",
      data: {
        labels: data.days.labels,
        datasets: [
          { label: "answered", data: data.days.answer, backgroundColor: colors.answer },
          { label: "related only", data: data.days.related, backgroundColor: colors.related },
          { label: "refused", data: data.days.refusal, backgroundColor: colors.refusal },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }
  var cited = document.getElementById("chart-cited");
  if (cited) {
    new Chart(cited, {
      type: "bar",
      data: {
        labels: data.cited.labels,
        datasets: [{ label: "times cited", data: data.cited.counts, backgroundColor: colors.cited }],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: "y",
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }
})();
