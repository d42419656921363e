/**
 * The page's script, inlined as plain JavaScript (no framework, no build step, nothing fetched). It reads what
 * the renderer wrote into the page (`data-f` and `data-a` on marked runs of text, `data-*` on findings) and
 * only toggles classes, attributes and `textContent`: it never parses markup, so no article text can become
 * code. Without it the page still shows every finding and every text.
 */
export const PAGE_SCRIPT = `
(() => {
  "use strict"
  const doc = document
  const all = (selector, root) => Array.from((root || doc).querySelectorAll(selector))
  const list = doc.getElementById("findings")
  const items = list === null ? [] : all(".finding", list)
  const columns = all(".col")
  const reader = doc.getElementById("reader")
  const status = doc.getElementById("status")
  const shown = doc.getElementById("shown")
  const none = doc.getElementById("none")
  const filters = doc.getElementById("filters")
  const picker = doc.getElementById("picker")
  let selected = null
  let hovered = null
  let pinned = null

  const say = (text) => {
    if (status !== null) status.textContent = text
  }
  const columnName = (col) => col.querySelector("h3").textContent

  // Scrolls a column's text, and only it, so that the mark sits a third of the way down.
  const reveal = (col, mark) => {
    const box = col.querySelector(".text")
    const top = mark.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop
    box.scrollTop = Math.max(0, top - box.clientHeight / 3)
  }

  // Brings the columns into view when the page is scrolled away from them (above them, the timeline).
  const showColumns = () => {
    const box = reader.getBoundingClientRect()
    if (box.top < 0 || box.bottom > window.innerHeight + 1) window.scrollBy(0, box.top)
  }

  const select = (item) => {
    if (selected !== null) selected.setAttribute("aria-selected", "false")
    for (const el of all(".text .hit")) el.classList.remove("hit")
    selected = item
    item.setAttribute("aria-selected", "true")
    showColumns()
    const query = '.text [data-f~="' + item.getAttribute("data-f") + '"]'
    const where = []
    for (const col of columns) {
      const marks = all(query, col)
      if (marks.length === 0) continue
      for (const mark of marks) mark.classList.add("hit")
      if (col.hidden) where.push(columnName(col) + " (column hidden)")
      else {
        reveal(col, marks[0])
        where.push(columnName(col))
      }
    }
    say("Finding " + item.querySelector(".rank").textContent + ": evidence in " + where.join(", ") + ".")
  }

  const clear = () => {
    if (selected !== null) selected.setAttribute("aria-selected", "false")
    selected = null
    pinned = null
    for (const el of all(".text .hit")) el.classList.remove("hit")
    paint()
    say("")
  }

  const moveTo = (item) => {
    for (const other of items) other.tabIndex = other === item ? 0 : -1
    item.focus()
  }

  if (list !== null) {
    list.addEventListener("click", (event) => {
      const item = event.target.closest(".finding")
      if (item === null) return
      moveTo(item)
      select(item)
    })
    list.addEventListener("keydown", (event) => {
      const item = event.target.closest(".finding")
      if (item === null || event.altKey || event.ctrlKey || event.metaKey) return
      const visible = items.filter((other) => !other.hidden)
      const at = visible.indexOf(item)
      let next
      switch (event.key) {
        case "ArrowDown":
        case "j":
          next = visible[at + 1]
          break
        case "ArrowUp":
        case "k":
          next = visible[at - 1]
          break
        case "Home":
          next = visible[0]
          break
        case "End":
          next = visible[visible.length - 1]
          break
        case "Enter":
        case " ":
          event.preventDefault()
          select(item)
          return
        default:
          return
      }
      event.preventDefault()
      if (next !== undefined) moveTo(next)
    })
  }

  doc.addEventListener("keydown", (event) => {
    if (event.key === "Escape") clear()
  })

  // Aligned statements: the runs of text that share an alignment with the one hovered or clicked, in every column.
  const linked = (seg) => {
    const ids = seg.getAttribute("data-a").split(" ")
    return all(ids.map((id) => '.text [data-a~="' + id + '"]').join(","))
  }
  const paint = () => {
    for (const el of all(".text .linked")) el.classList.remove("linked")
    for (const seg of [hovered, pinned]) if (seg !== null) for (const el of linked(seg)) el.classList.add("linked")
  }
  const statementAt = (target) => (target instanceof Element ? target.closest(".seg.st") : null)
  const columnsEl = doc.getElementById("columns")
  columnsEl.addEventListener("mouseover", (event) => {
    const seg = statementAt(event.target)
    if (seg === hovered) return
    hovered = seg
    paint()
  })
  columnsEl.addEventListener("mouseleave", () => {
    hovered = null
    paint()
  })
  columnsEl.addEventListener("click", (event) => {
    const seg = statementAt(event.target)
    if (seg === null) return
    const same = pinned !== null && pinned.getAttribute("data-a") === seg.getAttribute("data-a")
    pinned = same ? null : seg
    paint()
    if (pinned === null) return say("")
    const own = seg.closest(".col")
    const where = []
    for (const col of columns) {
      if (col === own) continue
      const counterpart = linked(seg).find((el) => col.contains(el))
      if (counterpart === undefined) continue
      if (!col.hidden) reveal(col, counterpart)
      where.push(columnName(col) + (col.hidden ? " (column hidden)" : ""))
    }
    say("Statement of " + columnName(own) + ": the same matter in " + (where.join(", ") || "no other column") + ".")
  })

  const applyFilters = () => {
    if (filters === null) return
    const checked = (name) => all('input[name="' + name + '"]:checked', filters).map((box) => box.value)
    const kinds = checked("kind")
    const severities = checked("severity")
    const type = filters.querySelector("select").value
    let count = 0
    for (const item of items) {
      const kind = item.getAttribute("data-kind")
      const match =
        kinds.includes(kind) &&
        severities.includes(item.getAttribute("data-severity")) &&
        (type === "" || type === kind + ":" + item.getAttribute("data-type"))
      item.hidden = !match
      if (match) count++
    }
    shown.textContent = "Showing " + count + " of " + items.length + (items.length === 1 ? " finding" : " findings")
    none.hidden = count > 0
    // Keep the list's one tab stop on a finding that is shown.
    const visible = items.filter((item) => !item.hidden)
    const stop = visible.find((item) => item.tabIndex === 0) || visible[0]
    if (stop !== undefined) for (const item of items) item.tabIndex = item === stop ? 0 : -1
  }
  if (filters !== null) {
    filters.addEventListener("change", applyFilters)
    filters.addEventListener("submit", (event) => event.preventDefault())
    // A reload may restore the form's last state: show what it says.
    applyFilters()
  }

  const applyPicker = () => {
    const boxes = all("input", picker)
    const most = Number(picker.getAttribute("data-max"))
    const on = boxes.filter((box) => box.checked).length
    for (const box of boxes) {
      box.disabled = box.checked ? on <= 2 : on >= most
      columns[Number(box.getAttribute("data-col"))].hidden = !box.checked
    }
    if (selected !== null) select(selected)
  }
  if (picker !== null) {
    picker.addEventListener("change", applyPicker)
    applyPicker()
  }
})()
`
