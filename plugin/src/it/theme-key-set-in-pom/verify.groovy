// A theme key set in the POM's <theme> map shapes the PDF; -Danthology.theme.<key> overrides it.
def mediaBoxes = { File pdf ->
    def text = new String(pdf.bytes, 'ISO-8859-1')
    (text =~ /\/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]/).collect { it[1] + ' x ' + it[2] }.unique()
}
def a4 = mediaBoxes(new File(basedir, 'target/pomtheme-1.0.pdf'))
assert a4 == ['595.28 x 841.89'] : "POM <theme> page.size=A4 gave ${a4}"
def letter = mediaBoxes(new File(basedir, 'target/letter/pomtheme-1.0.pdf'))
assert letter == ['612 x 792'] : "-Danthology.theme.page.size=LETTER gave ${letter}"
return true
