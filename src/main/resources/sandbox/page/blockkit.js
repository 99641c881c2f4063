// Renders Slack's Block Kit and mrkdwn into DOM nodes. Every text the bot or a person wrote goes
// into the page through textContent or text nodes, never as HTML, so "<script>" stays text.
"use strict";

const BlockKit = (() => {
  const EMOJI = {
    warning: "⚠️", memo: "📝", calendar: "📅", spiral_calendar_pad: "🗓️", x: "❌", page_facing_up: "📄",
    white_check_mark: "✅", heavy_check_mark: "✔️", bell: "🔔", wave: "👋", tada: "🎉", clipboard: "📋",
    hourglass: "⌛", hourglass_flowing_sand: "⏳", pushpin: "📌", information_source: "ℹ️", zzz: "💤",
    point_right: "👉", busts_in_silhouette: "👥", inbox_tray: "📥", pencil: "✏️", pencil2: "✏️",
    large_green_circle: "🟢", red_circle: "🔴", white_circle: "⚪", no_entry: "⛔", mag: "🔍",
    arrow_right: "➡️", star: "⭐", bulb: "💡", email: "📧", link: "🔗", lock: "🔒", sparkles: "✨",
    alarm_clock: "⏰", clock9: "🕘", heavy_multiplication_x: "✖️", outbox_tray: "📤", open_file_folder: "📂",
    ballot_box_with_check: "☑️", classical_building: "🏛️", dart: "🎯", envelope: "✉️", handshake: "🤝",
  };
  const SAFE_LINK = /^(https?:|mailto:)/i;
  // `code`, <link|label>, *bold*, _italic_, ~strike~, :emoji: — bold/italic/strike only at word edges, as in Slack.
  const INLINE = /`([^`\n]+)`|<([^<>\n]+)>|(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]+?)\*(?![\p{L}\p{N}])|(?<![\p{L}\p{N}_])_(?=\S)([^_\n]+?)_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}~])~(?=\S)([^~\n]+?)~(?![\p{L}\p{N}])|:([a-z0-9_+-]+):/gu;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function wrap(tag, className, child) {
    const node = el(tag, className);
    node.append(child);
    return node;
  }

  function unescape(text) {
    return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  }

  function emoji(text) {
    return text.replace(/:([a-z0-9_+-]+):/g, (whole, name) => EMOJI[name] || whole);
  }

  /** <@U…|label>, <#C…|name>, <!here>, <https://…|label>: the node Slack shows for each. */
  function entity(inner, names) {
    const bar = inner.indexOf("|");
    const target = bar < 0 ? inner : inner.slice(0, bar);
    const label = bar < 0 ? "" : unescape(inner.slice(bar + 1));
    if (target.startsWith("@")) return el("span", "mention", "@" + (names[target.slice(1)] || label || target.slice(1)));
    if (target.startsWith("#")) return el("span", "mention", "#" + (names[target.slice(1)] || label || target.slice(1)));
    if (target.startsWith("!")) return el("span", "mention", "@" + (label || target.slice(1).split("^")[0]));
    const url = unescape(target);
    if (!SAFE_LINK.test(url)) return document.createTextNode(label || url);
    const a = el("a", null, label || url);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  function inline(text, names, into) {
    let last = 0;
    for (const m of text.matchAll(INLINE)) {
      if (m.index > last) into.append(unescape(text.slice(last, m.index)));
      if (m[1] !== undefined) into.append(el("code", null, unescape(m[1])));
      else if (m[2] !== undefined) into.append(entity(m[2], names));
      else if (m[6] !== undefined) into.append(EMOJI[m[6]] || m[0]);
      else {
        const tag = m[3] !== undefined ? "strong" : m[4] !== undefined ? "em" : "s";
        const inner = el(tag);
        inline(m[3] ?? m[4] ?? m[5], names, inner);
        into.append(inner);
      }
      last = m.index + m[0].length;
    }
    if (last < text.length) into.append(unescape(text.slice(last)));
  }

  const QUOTE = /^(&gt;|>) ?/;

  /** Lines starting with ">" become block quotes; the rest is inline mrkdwn. */
  function lines(text, names, into) {
    const all = text.split("\n");
    for (let i = 0; i < all.length;) {
      const quoted = QUOTE.test(all[i]);
      const run = [];
      while (i < all.length && QUOTE.test(all[i]) === quoted) run.push(quoted ? all[i++].replace(QUOTE, "") : all[i++]);
      const target = quoted ? el("blockquote") : into;
      inline(run.join("\n"), names, target);
      if (quoted) into.append(target);
    }
  }

  /** Slack mrkdwn as nodes; names maps user and channel ids to the names mentions show. */
  function mrkdwn(text, names) {
    const out = el("span", "mrkdwn");
    String(text || "").split(/```/).forEach((part, i) => {
      if (i % 2 === 1) out.append(el("pre", null, unescape(part.replace(/^\n/, ""))));
      else lines(part, names, out);
    });
    return out;
  }

  /** A text object: mrkdwn, or plain_text (shown as written, emoji codes turned into emoji). */
  function text(object, names) {
    if (!object) return document.createTextNode("");
    if (object.type === "mrkdwn") return mrkdwn(object.text, names);
    return document.createTextNode(emoji(String(object.text || "")));
  }

  // ---- interactive elements

  function optionLabel(option) {
    return emoji(String(option.text && option.text.text || option.value || ""));
  }

  function allOptions(element) {
    const groups = (element.option_groups || []).flatMap(g => g.options || []);
    return (element.options || []).concat(groups);
  }

  function button(block, element, ctx) {
    const b = el("button", "bk-button " + (element.style || ""));
    b.type = "button";
    b.append(text(element.text, ctx.names));
    b.addEventListener("click", () => {
      const confirm = element.confirm;
      if (confirm && !window.confirm((confirm.text && confirm.text.text || "Are you sure?"))) return;
      if (element.url && SAFE_LINK.test(element.url)) window.open(element.url, "_blank", "noopener");
      ctx.onAction(block, element, null);
    });
    return b;
  }

  function select(element, options, chosen) {
    const s = el("select");
    const prompt = el("option", null, element.placeholder ? element.placeholder.text : "Choose…");
    prompt.value = "";
    s.append(prompt);
    for (const [value, label] of options) {
      const o = el("option", null, label);
      o.value = value;
      o.selected = chosen.includes(value);
      s.append(o);
    }
    return s;
  }

  /**
   * A form control for an input element: node, the element that takes focus and labels point at
   * (focusable), read() giving what Slack would be sent (a string, or a list for multi-selects
   * and checkboxes), and where it can be mistyped, problem() saying what is wrong and format the
   * form expected. kept: what the person had entered before the bot updated the view (Slack
   * keeps it where block and action ids stay the same), else undefined.
   */
  function control(element, ctx, kept) {
    const people = ctx.people.map(p => [p.id, p.name]);
    const options = allOptions(element).map(o => [o.value, optionLabel(o)]);
    const given = kept === undefined ? null : [].concat(kept);
    const initialValues = given || (element.initial_options || (element.initial_option ? [element.initial_option] : []))
      .map(o => o.value);
    const initialText = given ? given[0] || ""
      : element.initial_date || element.initial_time || element.initial_value || "";
    const placeholder = element.placeholder ? element.placeholder.text : undefined;
    switch (element.type) {
      case "multi_users_select":
        return Fields.multiSelect(people, given || element.initial_users || [], "Type a name to search");
      case "multi_static_select":
        return Fields.multiSelect(options, initialValues, placeholder);
      case "users_select":
      case "static_select": {
        const node = select(element, element.type === "users_select" ? people : options,
          element.type === "users_select" ? given || [element.initial_user] : initialValues);
        return { node, focusable: node, read: () => node.value };
      }
      case "checkboxes":
      case "radio_buttons": {
        const node = el("div", "choices");
        node.setAttribute("role", element.type === "checkboxes" ? "group" : "radiogroup");
        const kind = element.type === "checkboxes" ? "checkbox" : "radio";
        const group = Fields.newId("choice");
        for (const [value, label] of options) {
          const row = el("label", "choice");
          const box = el("input");
          box.type = kind;
          box.name = group;
          box.value = value;
          box.checked = initialValues.includes(value);
          row.append(box, " ", label);
          node.append(row);
        }
        return { node, focusable: node.querySelector("input"),
          read: () => [...node.querySelectorAll("input:checked")].map(i => i.value) };
      }
      case "datepicker":
        return Fields.date(initialText, ctx.locale);
      case "timepicker":
        return Fields.time(initialText);
      case "file_input": {
        // the files themselves: the page uploads them before it submits the form, as Slack does
        const node = el("input");
        node.type = "file";
        if (element.filetypes) node.accept = element.filetypes.map(t => "." + t).join(",");
        node.multiple = (element.max_files || 10) > 1;
        return { node, focusable: node, read: () => [...node.files] };
      }
      case "number_input": {
        const node = el("input");
        node.type = "text";
        node.inputMode = element.is_decimal_allowed ? "decimal" : "numeric";
        node.value = initialText;
        return { node, focusable: node, read: () => node.value.trim() };
      }
      default: {
        const node = el(element.multiline ? "textarea" : "input");
        node.value = initialText;
        if (placeholder) node.placeholder = placeholder;
        if (element.max_length) node.maxLength = element.max_length;
        return { node, focusable: node, read: () => node.value };
      }
    }
  }

  // ---- blocks

  function section(block, ctx) {
    const node = el("div", "bk-section");
    const body = el("div", "bk-section-body");
    if (block.text) body.append(wrap("div", "bk-text", text(block.text, ctx.names)));
    if (block.fields && block.fields.length) {
      const fields = el("div", "bk-fields");
      block.fields.forEach(f => fields.append(wrap("div", "bk-field", text(f, ctx.names))));
      body.append(fields);
    }
    node.append(body);
    if (block.accessory) node.append(accessory(block, block.accessory, ctx));
    return node;
  }

  function accessory(block, element, ctx) {
    if (element.type === "button") return button(block, element, ctx);
    if (element.type === "image") return el("span", "bk-image", "[" + (element.alt_text || "image") + "]");
    return picker(block, element, ctx);
  }

  /** A select or date picker outside a modal: picking sends the action at once, as in Slack. */
  function picker(block, element, ctx) {
    const { node, focusable, read } = control(element, ctx);
    node.classList.add("bk-picker");
    focusable.setAttribute("aria-label", element.placeholder ? element.placeholder.text : "Choose");
    node.addEventListener("change", () => ctx.onAction(block, element, read()));
    return node;
  }

  /** An input block: its label names the control; its hint, format and error describe it. */
  function input(block, ctx) {
    const node = el("div", "bk-input");
    node.dataset.blockId = block.block_id;
    const kept = ((ctx.kept || {})[block.block_id] || {})[block.element.action_id];
    const field = control(block.element, ctx, kept);
    const label = el("label");
    label.id = Fields.newId("label");
    label.append(text(block.label, ctx.names));
    if (block.optional) label.append(el("span", "optional", " (optional)"));
    if (field.focusable === field.node || field.focusable.closest(".date-field")) {
      field.focusable.id = field.focusable.id || Fields.newId("field");
      label.htmlFor = field.focusable.id;
    } else {
      // a group of controls: the label names the group, and its search box or first box takes the focus
      field.node.setAttribute("aria-labelledby", label.id);
      if (field.focusable && field.focusable.type === "search") field.focusable.setAttribute("aria-labelledby", label.id);
      label.addEventListener("click", () => field.focusable && field.focusable.focus());
    }
    node.append(label, field.node);
    const described = [];
    if (block.hint) described.push(wrap("div", "hint-text", text(block.hint, ctx.names)));
    if (field.format) described.push(el("div", "hint-text", field.format));
    const error = el("div", "field-error");
    described.push(error);
    described.forEach(d => { d.id = Fields.newId("describe"); });
    node.append(...described);
    if (field.focusable) field.focusable.setAttribute("aria-describedby", described.map(d => d.id).join(" "));
    ctx.inputs.push({ block, node, error, focusable: field.focusable, read: field.read,
      problem: field.problem || (() => "") });
    return node;
  }

  function block(b, ctx) {
    switch (b.type) {
      case "header": return el("h4", "bk-header", emoji(b.text ? String(b.text.text) : ""));
      case "section": return section(b, ctx);
      case "divider": return el("hr", "bk-divider");
      case "context": {
        const node = el("div", "bk-context");
        (b.elements || []).forEach(e => node.append(e.type === "image" ? el("span", null, "[" + (e.alt_text || "image") + "]")
          : text(e, ctx.names)));
        return node;
      }
      case "actions": {
        const node = el("div", "bk-actions");
        (b.elements || []).forEach(e => node.append(e.type === "button" ? button(b, e, ctx) : picker(b, e, ctx)));
        return node;
      }
      case "input": return input(b, ctx);
      case "image": return el("div", "bk-image", "[" + (b.alt_text || "image") + "]");
      default: return el("div", "bk-unknown", "[" + b.type + " block]");
    }
  }

  /**
   * Renders blocks. ctx: names (user id → name), people (for user pickers), locale (how dates
   * are written), onAction(block, element, picked) for buttons and pickers; inputs collects the
   * modal's input controls, kept gives them what was entered before an update
   * ({block_id: {action_id: value}}).
   */
  function render(blocks, ctx) {
    ctx.inputs = ctx.inputs || [];
    const node = el("div", "blocks");
    (blocks || []).forEach(b => {
      const drawn = block(b, ctx);
      if (b.block_id) drawn.dataset.blockId = b.block_id; // where the focus was, after the bot redraws a view
      node.append(drawn);
    });
    return node;
  }

  return { render, mrkdwn, text, el };
})();
