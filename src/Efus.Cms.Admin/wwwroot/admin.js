// The admin works without JavaScript; this file only adds comfort: the Trix rich-text editor over
// the plain textareas, a text filter over long pick lists, and focus where the editor expects it.
(function () {
    "use strict";

    function richText() {
        // Trix defines its elements a tick after loading (setTimeout); editors created before that upgrade then.
        if (!window.customElements || !window.Trix) {
            return;
        }

        document.querySelectorAll("textarea[data-rich-text]").forEach(function (area) {
            // The hidden input keeps the textarea's name: the form posts HTML, which the server sanitises.
            var input = document.createElement("input");
            input.type = "hidden";
            input.name = area.name;
            input.id = area.id;
            input.value = area.value;
            var editor = document.createElement("trix-editor");
            editor.setAttribute("input", area.id);
            editor.setAttribute("aria-labelledby", area.id + "-label");
            if (area.getAttribute("aria-describedby")) {
                editor.setAttribute("aria-describedby", area.getAttribute("aria-describedby"));
            }
            if (area.getAttribute("aria-invalid")) {
                editor.setAttribute("aria-invalid", "true");
            }
            area.replaceWith(input, editor);
            var label = document.getElementById(area.id + "-label");
            if (label) {
                label.removeAttribute("for");
                label.addEventListener("click", function () { editor.focus(); });
            }
        });

        // Attachments would embed files in the text; media come through media fields instead.
        document.addEventListener("trix-file-accept", function (event) { event.preventDefault(); });
    }

    function choiceFilters() {
        document.querySelectorAll("[data-filter-for]").forEach(function (input) {
            var list = document.getElementById(input.getAttribute("data-filter-for"));
            input.closest(".choice-filter").hidden = false;
            input.addEventListener("input", function () {
                var needle = input.value.trim().toLocaleLowerCase("fr");
                list.querySelectorAll("li").forEach(function (item) {
                    var text = item.textContent.toLocaleLowerCase("fr");
                    item.hidden = needle.length > 0 && text.indexOf(needle) < 0 && !item.querySelector("input:checked");
                });
            });
        });
    }

    function focusFirstProblem() {
        var target = document.getElementById("conflict") || document.getElementById("error-summary");
        var form = document.querySelector("form[data-focus]");
        if (target) {
            target.focus();
        } else if (form && form.getAttribute("data-focus")) {
            var input = document.getElementById(form.getAttribute("data-focus"));
            if (input) {
                input.focus();
            }
        }
    }

    // A background job's page (import, reindex): poll its status and move the bar; reload when it ends so
    // the server renders the report. Without JavaScript the page refreshes itself (a meta refresh in noscript).
    function workProgress() {
        var box = document.querySelector("[data-work-status]");
        if (!box || !window.fetch) {
            return;
        }

        var bar = document.getElementById("work-bar");
        var text = document.getElementById("work-text");
        function poll() {
            fetch(box.getAttribute("data-work-status"), { headers: { "Accept": "application/json" }, credentials: "same-origin" })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (status) {
                    if (!status) {
                        return;
                    }
                    if (status.state !== "running") {
                        window.location.reload();
                        return;
                    }
                    if (status.percent !== null && status.percent !== undefined) {
                        bar.max = 100;
                        bar.value = status.percent;
                        bar.textContent = status.percent + " %";
                    }
                    if (status.stage) {
                        text.textContent = status.stage + " : " + status.done + (status.total > 0 ? " / " + status.total : "");
                    }
                    window.setTimeout(poll, 1000);
                })
                .catch(function () { window.setTimeout(poll, 3000); });
        }
        window.setTimeout(poll, 500);
    }

    document.addEventListener("DOMContentLoaded", function () {
        richText();
        choiceFilters();
        focusFirstProblem();
        workProgress();
    });
})();
