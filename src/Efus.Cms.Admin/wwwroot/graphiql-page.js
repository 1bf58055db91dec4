// Mounts GraphiQL 3 (React 18 UMD builds, loaded before this file) on #graphiql. Requests go to
// /api/graphql on the same origin, so the editor's cookie signs them in.
(function () {
    "use strict";

    var DEFAULT_QUERY = [
        "# Combien de projets de coopération et de fiches de pratique en brouillon ; les projets et leurs thèmes",
        "{",
        "  cooperationProjectCount",
        "  practiceSheetCount(status: DRAFT)",
        "  cooperationProject(first: 5, orderBy: {displayText: ASC}) {",
        "    displayText",
        "    path",
        "    themes { termContentItems { displayText } }",
        "  }",
        "}",
        ""
    ].join("\n");

    function start() {
        var host = document.getElementById("graphiql");
        if (!host || !window.React || !window.ReactDOM || !window.GraphiQL) {
            return;
        }

        var fetcher = window.GraphiQL.createFetcher({
            url: host.getAttribute("data-endpoint"),
            headers: { "Accept": "application/json" }
        });
        window.ReactDOM.createRoot(host).render(window.React.createElement(window.GraphiQL, {
            fetcher: fetcher,
            defaultQuery: DEFAULT_QUERY,
            defaultEditorToolsVisibility: "variables",
            isHeadersEditorEnabled: false
        }));
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
