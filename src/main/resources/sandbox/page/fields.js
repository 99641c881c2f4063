// Form controls Slack draws itself, made here from native elements so that they work by keyboard,
// touch and screen reader alike: a searchable multi-select (checkboxes under a search box, the
// chosen ones as removable chips), and date and time fields written in the workspace's locale
// (dd/mm/yyyy and 24-hour for en-GB) whatever language the browser runs in.
"use strict";

const Fields = (() => {
  const { el } = BlockKit;
  let counter = 0;
  const newId = prefix => prefix + "-" + (++counter);

  /**
   * A multi-select: options as [value, label], chosen as values. Typing in the search box narrows
   * the list; Enter there picks the first match; each chosen one shows as a chip whose button
   * removes it. read() gives the chosen values in the options' order.
   */
  function multiSelect(options, chosen, placeholder) {
    const node = el("div", "multi");
    node.setAttribute("role", "group");
    const chips = el("ul", "chips");
    const search = el("input", "multi-search");
    search.type = "search";
    search.id = newId("multi-search");
    search.placeholder = placeholder || "Type to search";
    const list = el("ul", "multi-options");
    list.id = newId("multi-options");
    search.setAttribute("aria-controls", list.id);
    const boxes = options.map(([value, label]) => {
      const box = el("input");
      box.type = "checkbox";
      box.value = value;
      box.checked = chosen.includes(value);
      const row = el("label", "choice");
      row.append(box, " ", label);
      const item = el("li");
      item.append(row);
      list.append(item);
      return { box, label, item };
    });
    const none = el("li", "multi-none", "No one matches.");
    none.hidden = true;
    list.append(none);

    function showChips() {
      chips.replaceChildren(...boxes.filter(b => b.box.checked).map(b => {
        const remove = el("button", "chip", b.label + " ×");
        remove.type = "button";
        remove.setAttribute("aria-label", "Remove " + b.label);
        remove.addEventListener("click", () => {
          b.box.checked = false;
          showChips();
          search.focus();
          node.dispatchEvent(new Event("change", { bubbles: true }));
        });
        const item = el("li");
        item.append(remove);
        return item;
      }));
      chips.hidden = chips.childElementCount === 0;
    }

    function matches() {
      const wanted = search.value.trim().toLowerCase();
      return boxes.filter(b => b.label.toLowerCase().includes(wanted));
    }

    search.addEventListener("input", () => {
      const shown = matches();
      boxes.forEach(b => { b.item.hidden = !shown.includes(b); });
      none.hidden = shown.length > 0;
    });
    search.addEventListener("keydown", event => {
      if (event.key !== "Enter") return;
      event.preventDefault(); // Enter picks rather than submitting the modal
      const first = matches()[0];
      if (!first) return;
      first.box.checked = true;
      search.value = "";
      search.dispatchEvent(new Event("input"));
      showChips();
      node.dispatchEvent(new Event("change", { bubbles: true }));
    });
    list.addEventListener("change", showChips);
    node.append(chips, search, list);
    showChips();
    return { node, focusable: search, read: () => boxes.filter(b => b.box.checked).map(b => b.box.value) };
  }

  /** The order of day, month and year in the locale's numeric dates ("day,month,year" for en-GB). */
  function dateOrder(locale) {
    return new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric" })
      .formatToParts(new Date(2008, 9, 22)).filter(p => p.type !== "literal").map(p => p.type);
  }

  const LETTERS = { day: "dd", month: "mm", year: "yyyy" };

  /** An ISO date (yyyy-mm-dd) written as the locale writes dates, or "" for none. */
  function writeDate(iso, locale) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!m) return "";
    const parts = { year: m[1], month: m[2], day: m[3] };
    return dateOrder(locale).map(p => parts[p]).join("/");
  }

  /** What was typed, as an ISO date; "" when empty, null when it is no real date. */
  function readDate(text, locale) {
    const written = text.trim();
    if (!written) return "";
    const numbers = written.split(/[/.\-\s]+/);
    if (numbers.length !== 3 || numbers.some(n => !/^\d+$/.test(n))) return null;
    const parts = {};
    dateOrder(locale).forEach((p, i) => { parts[p] = Number(numbers[i]); });
    if (parts.year < 100) parts.year += 2000;
    const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
    if (date.getUTCFullYear() !== parts.year || date.getUTCMonth() !== parts.month - 1 || date.getUTCDate() !== parts.day) {
      return null;
    }
    return date.toISOString().slice(0, 10);
  }

  /**
   * A date field: text in the locale's order (typed, or filled from the browser's own calendar,
   * which the button opens), sent to Slack as yyyy-mm-dd like Slack's datepicker.
   */
  function date(initialIso, locale) {
    const node = el("div", "date-field");
    const text = el("input");
    text.type = "text";
    text.inputMode = "numeric";
    text.autocomplete = "off";
    const pattern = dateOrder(locale).map(p => LETTERS[p]).join("/");
    text.placeholder = pattern;
    text.value = writeDate(initialIso, locale);
    const calendar = el("button", "calendar");
    calendar.type = "button";
    calendar.setAttribute("aria-label", "Pick the date from a calendar");
    calendar.append(el("span", null, "📅"));
    // The browser's own calendar, opened by the button; it is never shown or read out itself.
    const proxy = el("input", "calendar-proxy");
    proxy.type = "date";
    proxy.tabIndex = -1;
    proxy.setAttribute("aria-hidden", "true");
    calendar.addEventListener("click", () => {
      proxy.value = readDate(text.value, locale) || "";
      try {
        proxy.showPicker();
      } catch (e) {
        text.focus(); // no calendar here: the field is typed into
      }
    });
    proxy.addEventListener("change", () => {
      text.value = writeDate(proxy.value, locale);
      text.dispatchEvent(new Event("change", { bubbles: true }));
      text.focus();
    });
    node.append(text, calendar, proxy);
    return {
      node, focusable: text, format: pattern + ", for example " + writeDate("2008-10-22", locale),
      read: () => readDate(text.value, locale) || "",
      problem: () => {
        if (readDate(text.value, locale) !== null) return "";
        const numbers = text.value.trim().split(/[/.\-\s]+/);
        return numbers.length === 3 && numbers.every(n => /^\d+$/.test(n)) ? "There is no " + text.value.trim()
          + ": check the day and the month." : "Write the date as " + pattern + ", for example "
          + writeDate("2008-10-22", locale) + ".";
      },
    };
  }

  /** A time of day, 24-hour (hh:mm), as Slack's timepicker sends it. */
  function time(initial) {
    const text = el("input");
    text.type = "text";
    text.inputMode = "numeric";
    text.autocomplete = "off";
    text.placeholder = "hh:mm";
    text.value = initial || "";
    const read = () => {
      const m = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(text.value.trim());
      return m ? m[1].padStart(2, "0") + ":" + m[2] : null;
    };
    return {
      node: text, focusable: text, format: "hh:mm, 24-hour, for example 18:30",
      read: () => read() || "",
      problem: () => text.value.trim() && !read() ? "Write the time as hh:mm, 24-hour, for example 18:30." : "",
    };
  }

  /** A post's time as the locale writes times (24-hour for en-GB). */
  function clock(date, locale) {
    return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(date);
  }

  return { multiSelect, date, time, clock, writeDate, newId };
})();
