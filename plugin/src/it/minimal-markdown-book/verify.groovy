// A Markdown folder and a plugin snippet are all a book needs: both editions appear, named after the project.
def epub = new File(basedir, 'target/minimal-1.0.epub')
def pdf = new File(basedir, 'target/minimal-1.0.pdf')
assert epub.isFile() && epub.length() > 0
assert pdf.isFile() && new String(pdf.bytes[0..4] as byte[], 'US-ASCII') == '%PDF-'
def zip = new java.util.zip.ZipFile(epub)
def nav = zip.entries().toList().find { it.name.endsWith('nav.xhtml') }
assert nav != null
def navText = zip.getInputStream(nav).getText('UTF-8')
assert navText.contains('The Only Chapter')
assert navText.contains('A Section')
def log = new File(basedir, 'build.log').text
assert log.contains('Chapter 1/1: The Only Chapter')
zip.close()
return true
