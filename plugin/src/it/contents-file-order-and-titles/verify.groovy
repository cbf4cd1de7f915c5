// The contents file sets the order and the chapter titles; a chapter without a title there keeps its heading.
def log = new File(basedir, 'build.log').text
assert log.contains('Chapter 1/2: Beta Comes First')
assert log.contains('Chapter 2/2: Alpha Heading')
def zip = new java.util.zip.ZipFile(new File(basedir, 'target/contents-1.0.epub'))
def nav = zip.getInputStream(zip.entries().toList().find { it.name.endsWith('nav.xhtml') }).getText('UTF-8')
assert nav.indexOf('Beta Comes First') < nav.indexOf('Alpha Heading')
def opf = zip.getInputStream(zip.entries().toList().find { it.name.endsWith('.opf') }).getText('UTF-8')
assert opf.contains('>The Ordered Book<') : 'the contents file titles the book, not the project name'
assert !opf.contains('Ignored Project Name')
zip.close()
return true
