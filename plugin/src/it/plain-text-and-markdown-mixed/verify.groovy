// Plain text and Markdown mix in one book, in the natural order of their names (2 before 10).
def log = new File(basedir, 'build.log').text
assert log.contains('Chapter 1/3: Plain notes')
assert log.contains('Chapter 2/3: Second From Front Matter')
assert log.contains('Chapter 3/3: Tenth')
def zip = new java.util.zip.ZipFile(new File(basedir, 'target/mixed-1.0.epub'))
def first = zip.getInputStream(zip.getEntry(zip.entries().toList().find { it.name.endsWith('ch01.xhtml') }.name)).getText('UTF-8')
assert (first =~ /<p[ >]/).count == 2 : 'one paragraph per line'
zip.close()
return true
