-- Hyphenates each word of a list with LuaTeX's own hyphenator, after the pattern file was
-- loaded by TeX's \patterns and \hyphenation primitives; prints "hy-phen-ation" per line.
local words, left, right, out = table.unpack(REFARGS, 2)
local fid = font.define({ name = "reference", size = 655360, hyphenchar = 45, characters = {} })
local o = assert(io.open(out, "w"))
for word in io.lines(words) do
  local head = node.new("glue")
  local last = head
  for _, c in utf8.codes(word) do
    local g = node.new("glyph")
    g.char = c; g.subtype = 1; g.font = fid; g.lang = tex.language
    g.left = tonumber(left); g.uchyph = 1; g.right = tonumber(right)
    last.next = g; g.prev = last; last = g
  end
  local tail = node.new("glue"); last.next = tail; tail.prev = last
  lang.hyphenate(head, tail)
  local s = {}
  for n in node.traverse(head) do
    if n.id == node.id("glyph") then s[#s + 1] = utf8.char(n.char)
    elseif n.id == node.id("disc") then s[#s + 1] = "-" end
  end
  o:write(table.concat(s), "\n")
end
o:close()
