// The ballot page: built from the round's JSON with textContent only (no HTML from data).
(function () {
  "use strict";
  var LEVELS = { HEAVY: "kumuh berat", MEDIUM: "kumuh sedang", LIGHT: "kumuh ringan",
                 NONE: "tidak kumuh" };
  var CHOICES = [["support", "Setuju"], ["object", "Tidak setuju"], ["abstain", "Abstain"]];
  var ERRORS = {
    round_closed: "Putaran sudah ditutup: suara tidak diterima lagi.",
    ballot_budget: "Jumlah poin melebihi anggaran.",
    ballot_name_needed: "Tuliskan nama Anda (putaran ini tidak rahasia).",
    ballot_csrf: "Halaman kedaluwarsa: muat ulang halaman ini.",
    too_many: "Terlalu cepat: tunggu sebentar lalu kirim lagi.",
    busy: "Laptop fasilitator sedang sibuk: coba lagi sebentar."
  };
  var data = null;
  var mine = { choices: {}, points: {}, order: [] };
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = String(text); }
    return e;
  }

  function say(text, bad) {
    var m = $("msg");
    m.textContent = text;
    m.className = bad ? "msg bad" : "msg ok";
  }

  function spent() {
    var total = 0;
    Object.keys(mine.points).forEach(function (k) { total += mine.points[k] || 0; });
    return total;
  }

  function card(c) {
    var box = el("section", "card");
    var head = el("div", "head");
    head.appendChild(el("span", "place", "#" + c.place));
    head.appendChild(el("span", "code", c.code));
    box.appendChild(head);
    var meta = el("div", "meta");
    meta.appendChild(el("span", "", c.name ? c.name + " · " : ""));
    meta.appendChild(el("span", "", "skor " + c.score + " "));
    meta.appendChild(el("span", "level " + (LEVELS[c.level] ? c.level : ""),
                        LEVELS[c.level] || c.level));
    box.appendChild(meta);
    if (data.kind === "for_against") {
      var row = el("div", "choices");
      CHOICES.forEach(function (pair) {
        var b = el("button", pair[0] + (mine.choices[c.key] === pair[0] ? " on" : ""), pair[1]);
        b.type = "button";
        b.addEventListener("click", function () {
          if (mine.choices[c.key] === pair[0]) { delete mine.choices[c.key]; }
          else { mine.choices[c.key] = pair[0]; }
          render();
        });
        row.appendChild(b);
      });
      box.appendChild(row);
    } else if (data.kind === "points") {
      var input = el("input", "points");
      input.type = "number"; input.min = "0"; input.max = String(data.budget);
      input.inputMode = "numeric";
      input.value = mine.points[c.key] ? String(mine.points[c.key]) : "";
      input.setAttribute("aria-label", "Poin untuk " + c.code);
      input.addEventListener("input", function () {
        var v = Number(input.value);
        if (input.value === "" || !isFinite(v) || v <= 0) { delete mine.points[c.key]; }
        else { mine.points[c.key] = v; }
        summary();
      });
      box.appendChild(input);
    } else {
      var at = mine.order.indexOf(c.key);
      if (at >= 0) { box.className = "card chosen"; box.appendChild(el("div", "rank", "Pilihan ke-" + (at + 1))); }
      box.addEventListener("click", function () {
        var i = mine.order.indexOf(c.key);
        if (i >= 0) { mine.order.splice(i, 1); }
        else if (mine.order.length < data.top_n) { mine.order.push(c.key); }
        render();
      });
    }
    return box;
  }

  function summary() {
    var left = $("left");
    if (data.kind === "points") {
      var rest = data.budget - spent();
      left.textContent = "Sisa poin: " + rest + " dari " + data.budget;
      left.className = rest < 0 ? "left msg bad" : "left";
    } else if (data.kind === "top_n") {
      left.textContent = "Dipilih " + mine.order.length + " dari " + data.top_n +
        " (ketuk untuk memilih berurutan; ketuk lagi untuk membatalkan)";
    } else {
      left.textContent = Object.keys(mine.choices).length + " dari " +
        data.candidates.length + " kandidat diberi suara";
    }
    $("send").disabled = !data.open;
  }

  function render() {
    var list = $("list");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    data.candidates.forEach(function (c) { list.appendChild(card(c)); });
    summary();
  }

  function load() {
    fetch("round", { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (d) {
        data = d;
        if (d.mine) {
          mine = { choices: d.mine.choices || {}, points: d.mine.points || {},
                   order: d.mine.order || [] };
          if (d.mine.name) { $("name").value = d.mine.name; }
        }
        if (d.title) { $("title").textContent = d.title; }
        $("how").textContent = (d.secret ? "Suara rahasia" : "Suara atas nama") +
          " · kode putaran " + d.code;
        $("name-row").hidden = d.secret;
        render();
        if (!d.open) { say(ERRORS.round_closed, true); }
        else if (d.mine) { say("Suara Anda tercatat. Anda masih dapat mengubahnya.", false); }
      })
      .catch(function () { say("Tidak tersambung ke laptop fasilitator: muat ulang halaman.", true); });
  }

  function send() {
    var body = { name: $("name").value || "" };
    if (data.kind === "for_against") { body.choices = mine.choices; }
    else if (data.kind === "points") { body.points = mine.points; }
    else { body.order = mine.order; }
    $("send").disabled = true;
    fetch("vote", {
      method: "POST", credentials: "same-origin", cache: "no-store",
      headers: { "Content-Type": "application/json", "X-CSRF": data.csrf },
      body: JSON.stringify(body)
    })
      .then(function (r) { return r.json().then(function (j) { return [r.status, j]; }); })
      .then(function (answer) {
        if (answer[0] === 200) { say("Suara Anda tercatat ✓ Dapat diubah sampai putaran ditutup.", false); }
        else {
          if (answer[1].error === "round_closed") { data.open = false; }
          say(ERRORS[answer[1].error] || "Suara tidak diterima: periksa pilihan Anda.", true);
        }
      })
      .catch(function () { say("Tidak terkirim: periksa sambungan ke hotspot, lalu kirim lagi.", true); })
      .then(function () { summary(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("send").addEventListener("click", send);
    load();
  });
}());
