// The API tokens page: a "Copy" button next to a token shown once. Without JavaScript (or without the
// clipboard API) the button stays hidden and the token is selected whole by a click (user-select: all).
(function () {
    "use strict";

    document.querySelectorAll("button[data-copy]").forEach(function (button) {
        var source = document.getElementById(button.getAttribute("data-copy"));
        if (!source || !navigator.clipboard) {
            return;
        }

        var label = button.textContent;
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(source.textContent.trim()).then(function () {
                button.textContent = button.getAttribute("data-copied") || label;
                setTimeout(function () { button.textContent = label; }, 2000);
            });
        });
    });
}());
