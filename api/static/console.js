// webhunt console: a small single-page view of the JSON API.
// Every value from the store (paths, snippets, diffs, user agents...) is scanned or logged content
// that an attacker may control: it reaches the page only through textContent / createTextNode,
// never innerHTML, and never as a URL other than "#/..." routes built from numbers or encoded IPs.
"use strict";

(function () {
  const TOKEN_KEY = "webhunt.token";
  const SVG_NS = "http://www.w3.org/2000/svg";
  const SEVERITIES = ["low", "medium", "high", "critical"];
  const STATUSES = ["new", "confirmed", "false_positive", "resolved"];
  const TRIAGE = [
    ["confirmed", "Confirm"],
    ["false_positive", "False positive"],
    ["resolved", "Resolved"],
    ["new", "Reopen"],
  ];
  const FILTERS = ["min_severity", "status", "host", "path_prefix", "q"];
  const PAGE_SIZE = 50;

  // -- DOM helpers -------------------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function $(id) {
    return document.getElementById(id);
  }

  function fmtTime(value) {
    if (!value) return "–";
    const d = new Date(value);
    return isNaN(d.getTime()) ? String(value) : d.toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");
  }

  function findingHref(id) {
    return "#/finding/" + Number(id);
  }

  function attackerHref(ip) {
    return "#/attacker/" + encodeURIComponent(ip);
  }

  // -- token and API -----------------------------------------------------------------------------

  class AuthError extends Error {}

  function token() {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  async function api(path, options) {
    const init = Object.assign({ headers: {} }, options || {});
    init.headers = Object.assign({ Authorization: "Bearer " + token(), Accept: "application/json" }, init.headers);
    const response = await fetch(path, init);
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (response.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      throw new AuthError((body && body.error) || "invalid bearer token");
    }
    if (!response.ok) {
      let message = (body && body.error) || "HTTP " + response.status;
      if (body && Array.isArray(body.detail)) {
        message += ": " + body.detail.map((d) => d.field + " " + d.message).join("; ");
      }
      throw new Error(message);
    }
    return body;
  }

  function showError(message) {
    const box = $("error");
    box.textContent = message;
    box.hidden = !message;
  }

  function showLogin(message) {
    clear($("view"));
    $("nav").hidden = true;
    $("login").hidden = false;
    showError(message || "");
    $("token").focus();
  }

  function onLogin(event) {
    event.preventDefault();
    const value = $("token").value.trim();
    if (!value) return;
    sessionStorage.setItem(TOKEN_KEY, value);
    $("token").value = "";
    route();
  }

  function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    showLogin("Signed out.");
  }

  // -- router ------------------------------------------------------------------------------------

  let generation = 0; // a slower, older navigation must not overwrite a newer one

  async function route() {
    const mine = ++generation;
    if (!token()) {
      showLogin("");
      return;
    }
    $("login").hidden = true;
    $("nav").hidden = false;
    showError("");
    const hash = location.hash || "#/findings";
    const [path, query] = hash.slice(1).split("?");
    const params = new URLSearchParams(query || "");
    const view = $("view");
    clear(view);
    view.append(el("p", { class: "loading", text: "Loading…" }));
    let m;
    try {
      let content;
      if ((m = path.match(/^\/finding\/(\d+)$/))) content = await findingView(Number(m[1]));
      else if ((m = path.match(/^\/attacker\/([^/]+)$/))) content = await attackerView(decodeURIComponent(m[1]));
      else if (path === "/attackers") content = await attackersView(params);
      else content = await findingsView(params);
      if (mine !== generation) return;
      clear(view);
      view.append(content);
    } catch (err) {
      if (mine !== generation) return;
      clear(view);
      if (err instanceof AuthError) showLogin("The token was refused: " + err.message);
      else showError(String(err.message || err));
    }
  }

  // -- findings list -----------------------------------------------------------------------------

  function select(name, label, options, current) {
    return el(
      "label",
      {},
      label,
      el(
        "select",
        { name: name, id: "f-" + name },
        el("option", { value: "", text: "any" }),
        options.map((o) => el("option", { value: o, text: o, selected: o === current }))
      )
    );
  }

  function input(name, label, current, placeholder) {
    return el(
      "label",
      {},
      label,
      el("input", { name: name, id: "f-" + name, type: "text", value: current || "", placeholder: placeholder })
    );
  }

  function filterForm(params) {
    const form = el(
      "form",
      { id: "filters", class: "filters" },
      select("min_severity", "Min severity", SEVERITIES, params.get("min_severity")),
      select("status", "Status", STATUSES, params.get("status")),
      input("host", "Host", params.get("host"), "web01"),
      input("path_prefix", "Path prefix", params.get("path_prefix"), "/var/www/html/"),
      input("q", "Path contains", params.get("q"), "upload"),
      el("button", { type: "submit", text: "Apply" }),
      el("a", { href: "#/findings", class: "reset", text: "Reset" })
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const next = new URLSearchParams();
      for (const name of FILTERS) {
        const value = form.elements[name].value.trim();
        if (value) next.set(name, value);
      }
      const target = "#/findings" + (next.toString() ? "?" + next.toString() : "");
      if (location.hash === target) route();
      else location.hash = target;
    });
    return form;
  }

  async function findingsView(params) {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    for (const name of FILTERS.concat(["cursor"])) {
      if (params.get(name)) query.set(name, params.get(name));
    }
    const page = await api("/findings?" + query.toString());
    const rows = page.items.map((f) =>
      el(
        "tr",
        { "data-id": f.id },
        el("td", {}, el("a", { href: findingHref(f.id), text: "#" + f.id })),
        el("td", {}, el("span", { class: "sev sev-" + f.severity, text: f.severity })),
        el("td", { class: "num", text: f.score }),
        el("td", {}, el("span", { class: "status status-" + f.status, text: f.status })),
        el("td", { text: f.host }),
        el("td", { class: "path" }, el("a", { href: findingHref(f.id), text: f.path })),
        el("td", { class: "rule", text: f.reasons.length ? f.reasons[0].id : "" }),
        el("td", { text: fmtTime(f.last_seen) })
      )
    );
    const pager = el("div", { class: "pager" });
    if (params.get("cursor")) {
      const first = new URLSearchParams(params);
      first.delete("cursor");
      pager.append(el("a", { href: "#/findings?" + first.toString(), id: "first-page", text: "« First page" }));
    }
    if (page.next_cursor) {
      const next = new URLSearchParams(params);
      next.set("cursor", page.next_cursor);
      pager.append(el("a", { href: "#/findings?" + next.toString(), id: "next-page", text: "Next page »" }));
    }
    return el(
      "section",
      { id: "findings" },
      el("h1", { text: "Findings" }),
      filterForm(params),
      rows.length
        ? el(
            "table",
            { id: "findings-table", class: "list" },
            el(
              "thead",
              {},
              el("tr", {}, ["Id", "Severity", "Score", "Status", "Host", "Path", "Top reason", "Last seen"].map((h) => el("th", { text: h })))
            ),
            el("tbody", {}, rows)
          )
        : el("p", { class: "empty", id: "no-findings", text: "No findings match these filters." }),
      pager
    );
  }

  // -- one finding -------------------------------------------------------------------------------

  function dl(pairs) {
    return el(
      "dl",
      { class: "meta" },
      pairs.filter(([, v]) => v !== null && v !== undefined && v !== "").map(([k, v]) => [el("dt", { text: k }), el("dd", {}, v)])
    );
  }

  function requestRow(r, extra) {
    return el(
      "tr",
      { "data-request": r.id },
      extra === undefined ? null : el("td", { class: "role", text: extra }),
      el("td", { text: fmtTime(r.time) }),
      el("td", {}, el("a", { href: attackerHref(r.client_ip), text: r.client_ip })),
      el("td", { text: r.method }),
      el("td", { class: "path", text: r.path + (r.query ? "?" + r.query : "") }),
      el("td", { class: "num", text: r.status }),
      el("td", { class: "ua", text: r.user_agent }),
      el("td", { class: "src", text: r.source + ":" + r.line_no })
    );
  }

  function requestTable(id, requests, withRole) {
    const head = (withRole ? ["Role"] : []).concat(["Time", "Client", "Method", "Path", "Status", "User agent", "Log line"]);
    return el(
      "table",
      { id: id, class: "list" },
      el("thead", {}, el("tr", {}, head.map((h) => el("th", { text: h })))),
      el("tbody", {}, requests.map((r) => requestRow(r, withRole ? r.role : undefined)))
    );
  }

  function diffBlock(diff) {
    const pre = el("pre", { class: "diff", id: "diff" });
    for (const line of diff.split("\n")) {
      let cls = "ctx";
      if (line.startsWith("+++") || line.startsWith("---")) cls = "file";
      else if (line.startsWith("@@")) cls = "hunk";
      else if (line.startsWith("+")) cls = "add";
      else if (line.startsWith("-")) cls = "del";
      pre.append(el("span", { class: cls, text: line }), "\n");
    }
    return pre;
  }

  function triagePanel(f) {
    const note = el("input", { id: "triage-note", type: "text", maxlength: 4000, placeholder: "note (optional)" });
    const result = el("span", { id: "triage-result", class: "muted", role: "status" });
    const buttons = TRIAGE.map(([status, label]) =>
      el("button", {
        type: "button",
        class: "triage",
        "data-status": status,
        disabled: f.status === status,
        text: label,
        onclick: async () => {
          result.textContent = "Saving…";
          try {
            const body = JSON.stringify({ status: status, note: note.value, by: "console" });
            const updated = await api("/findings/" + Number(f.id), {
              method: "PATCH",
              headers: { "Content-Type": "application/json" },
              body: body,
            });
            result.textContent = "Saved: " + updated.status;
            await route();
          } catch (err) {
            if (err instanceof AuthError) showLogin("The token was refused: " + err.message);
            else result.textContent = "Failed: " + err.message;
          }
        },
      })
    );
    return el("div", { class: "triage-panel" }, el("strong", { text: "Triage: " }), buttons, note, result);
  }

  async function findingView(id) {
    const f = await api("/findings/" + id);
    const reasons = el(
      "table",
      { id: "reasons", class: "list" },
      el("thead", {}, el("tr", {}, ["Rule", "Layer", "Score", "Line", "Description", "Snippet"].map((h) => el("th", { text: h })))),
      el(
        "tbody",
        {},
        f.reasons.map((r) =>
          el(
            "tr",
            {},
            el("td", { class: "rule", text: r.id }),
            el("td", { text: r.layer }),
            el("td", { class: "num", text: r.score }),
            el("td", { class: "num", text: r.line === null ? "–" : r.line }),
            el("td", { text: r.description + (r.family ? " (" + r.family + ")" : "") }),
            el("td", {}, el("pre", { class: "snippet", text: r.snippet }))
          )
        )
      )
    );
    return el(
      "section",
      { id: "finding", "data-id": f.id },
      el("p", {}, el("a", { href: "#/findings", text: "« Findings" })),
      el("h1", { class: "path", id: "finding-path", text: f.path }),
      el(
        "p",
        {},
        el("span", { class: "sev sev-" + f.severity, text: f.severity }),
        " score " + f.score + " · ",
        el("span", { id: "finding-status", class: "status status-" + f.status, text: f.status }),
        f.status_by ? " by " + f.status_by + " at " + fmtTime(f.status_at) : "",
        f.status_note ? " — " + f.status_note : ""
      ),
      triagePanel(f),
      dl([
        ["Host", f.host],
        ["Kind", f.kind],
        ["Root", f.root],
        ["Language", f.language],
        ["SHA-256", f.sha256],
        ["Size", f.size],
        ["Change", f.change],
        ["Modified", f.mtime ? fmtTime(f.mtime) : null],
        ["First seen", fmtTime(f.first_seen)],
        ["Last seen", fmtTime(f.last_seen)],
        ["Client IP", f.client_ip ? el("a", { href: attackerHref(f.client_ip), text: f.client_ip }) : null],
        ["Inserted lines", f.inserted.map(([a, b]) => (a === b ? a : a + "–" + b)).join(", ")],
      ]),
      el("h2", { text: "Reasons" }),
      reasons,
      el("h2", { text: "Planting request" }),
      f.planting ? requestTable("planting", [f.planting], false) : el("p", { class: "muted", text: "Unknown." }),
      el("h2", { text: "Diff against the baseline" }),
      f.diff ? diffBlock(f.diff) : el("p", { class: "muted", text: "No baseline diff." }),
      el("h2", { text: "Linked requests (" + f.requests_total + ")" }),
      f.requests.length ? requestTable("requests", f.requests, true) : el("p", { class: "muted", text: "None." })
    );
  }

  // -- attackers ---------------------------------------------------------------------------------

  async function attackersView(params) {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (params.get("cursor")) query.set("cursor", params.get("cursor"));
    const page = await api("/attackers?" + query.toString());
    const pager = el("div", { class: "pager" });
    if (page.next_cursor) {
      pager.append(el("a", { href: "#/attackers?cursor=" + encodeURIComponent(page.next_cursor), text: "Next page »" }));
    }
    return el(
      "section",
      { id: "attackers" },
      el("h1", { text: "Attackers" }),
      page.items.length
        ? el(
            "table",
            { class: "list", id: "attackers-table" },
            el("thead", {}, el("tr", {}, ["IP", "Host", "Score", "Requests", "Findings", "First seen", "Last seen"].map((h) => el("th", { text: h })))),
            el(
              "tbody",
              {},
              page.items.map((a) =>
                el(
                  "tr",
                  {},
                  el("td", {}, el("a", { href: attackerHref(a.ip), text: a.ip })),
                  el("td", { text: a.host }),
                  el("td", { class: "num", text: a.score }),
                  el("td", { class: "num", text: a.requests }),
                  el("td", { class: "num", text: a.findings.length }),
                  el("td", { text: fmtTime(a.first_seen) }),
                  el("td", { text: fmtTime(a.last_seen) })
                )
              )
            )
          )
        : el("p", { class: "empty", text: "No attackers recorded." }),
      pager
    );
  }

  const ROLE_ORDER = ["planting", "shell use", "upload", "other"];

  function roleOf(r, marks) {
    if (marks.planting.has(r.id)) return "planting";
    if (marks.use.has(r.id)) return "shell use";
    if (r.method === "POST" || r.method === "PUT") return "upload";
    return "other";
  }

  function timelineChart(requests, marks) {
    const width = 900;
    const left = 90;
    const right = 30;
    const rowH = 36;
    const top = 16;
    const height = top + rowH * ROLE_ORDER.length + 40;
    const times = requests.map((r) => new Date(r.time).getTime());
    const t0 = Math.min(...times);
    const t1 = Math.max(...times);
    const span = Math.max(t1 - t0, 1);
    const x = (t) => left + ((t - t0) / span) * (width - left - right);
    const chart = svg("svg", {
      id: "timeline-chart",
      class: "timeline",
      viewBox: "0 0 " + width + " " + height,
      width: width,
      height: height,
      role: "img",
      "aria-label": "requests over time",
    });
    ROLE_ORDER.forEach((role, i) => {
      const y = top + rowH * i + rowH / 2;
      chart.append(
        svg("line", { class: "grid", x1: left, x2: width - right, y1: y, y2: y }),
        svg("text", { class: "label", x: 8, y: y + 4, text: role })
      );
    });
    const axisY = top + rowH * ROLE_ORDER.length + 6;
    chart.append(svg("line", { class: "axis", x1: left, x2: width - right, y1: axisY, y2: axisY }));
    const ticks = t1 > t0 ? 5 : 1;
    for (let i = 0; i < ticks; i++) {
      const t = ticks === 1 ? t0 : t0 + (span * i) / (ticks - 1);
      const tx = x(t);
      const anchor = ticks > 1 && i === ticks - 1 ? "end" : ticks > 1 && i === 0 ? "start" : "middle";
      chart.append(
        svg("line", { class: "axis", x1: tx, x2: tx, y1: axisY, y2: axisY + 5 }),
        svg("text", { class: "tick", x: tx, y: axisY + 18, "text-anchor": anchor, text: fmtTime(new Date(t).toISOString()) })
      );
    }
    requests.forEach((r, i) => {
      const role = roleOf(r, marks);
      const y = top + rowH * ROLE_ORDER.indexOf(role) + rowH / 2;
      const shape =
        role === "planting"
          ? svg("rect", { x: x(times[i]) - 6, y: y - 6, width: 12, height: 12 })
          : svg("circle", { cx: x(times[i]), cy: y, r: role === "shell use" ? 6 : 4 });
      setAttrs(shape, { class: "point role-" + role.replace(" ", "-"), "data-request": r.id });
      shape.append(svg("title", { text: fmtTime(r.time) + " " + r.method + " " + r.path + " " + r.status }));
      chart.append(shape);
    });
    return chart;
  }

  async function attackerMarks(attackers) {
    const marks = { planting: new Set(), use: new Set() };
    const ids = [...new Set(attackers.flatMap((a) => a.findings))].slice(0, 20);
    for (const id of ids) {
      const f = await api("/findings/" + Number(id));
      if (f.planting) marks.planting.add(f.planting.id);
      for (const r of f.requests) {
        if (r.role === "planting") marks.planting.add(r.id);
        else if (r.role === "use") marks.use.add(r.id);
      }
    }
    return marks;
  }

  async function attackerView(ip) {
    const body = await api("/attackers/" + encodeURIComponent(ip) + "/timeline?limit=500");
    const marks = await attackerMarks(body.attacker);
    const section = el(
      "section",
      { id: "attacker" },
      el("p", {}, el("a", { href: "#/attackers", text: "« Attackers" })),
      el("h1", { id: "attacker-ip", text: "Attacker " + body.ip })
    );
    for (const a of body.attacker) {
      section.append(
        dl([
          ["Host", a.host],
          ["Score", a.score],
          ["Requests", a.requests],
          ["First seen", fmtTime(a.first_seen)],
          ["Last seen", fmtTime(a.last_seen)],
          ["Reasons", a.reasons.map((r) => r.id + ": " + r.description).join("; ")],
          [
            "Findings",
            a.findings.length ? el("span", {}, a.findings.map((id) => [el("a", { href: findingHref(id), text: "#" + id }), " "])) : null,
          ],
        ])
      );
    }
    section.append(el("h2", { text: "Timeline" }));
    if (body.items.length) {
      section.append(timelineChart(body.items, marks));
      if (body.next_cursor) section.append(el("p", { class: "muted", text: "Showing the first " + body.items.length + " requests." }));
      section.append(el("h2", { text: "Requests" }), requestTable("timeline-requests", body.items.map((r) => Object.assign({ role: roleOf(r, marks) }, r)), true));
    } else {
      section.append(el("p", { class: "muted", text: "No stored requests from this IP." }));
    }
    return section;
  }

  // -- start -------------------------------------------------------------------------------------

  document.addEventListener("DOMContentLoaded", () => {
    $("login-form").addEventListener("submit", onLogin);
    $("signout").addEventListener("click", signOut);
    window.addEventListener("hashchange", route);
    route();
  });
})();
