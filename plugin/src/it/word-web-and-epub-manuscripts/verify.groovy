// A Word file, a saved web page (its format named in the contents file) and an EPUB split into its documents
// make one book; the page's scripts, frames and handlers reach no XHTML file of the EPUB.
def log = new File(basedir, 'build.log').text
assert log.contains('Chapter 1/5: A Letter from the Harbour')
assert log.contains('Chapter 2/5: Flood barrier holds as river peaks')
assert log.contains('Chapter 4/5: Over the Moor')
assert log.contains('Chapter 5/5: The Inn at the Ford')
assert log.contains('texts/2-gazette.saved:29: <iframe> was left out')
def zip = new java.util.zip.ZipFile(new File(basedir, 'target/formats-1.0.epub'))
def xhtml = zip.entries().toList().findAll { it.name.endsWith('.xhtml') }
  .collect { zip.getInputStream(it).getText('UTF-8') }.join('\n')
assert xhtml.contains('Marigold') && xhtml.contains('forty years') && xhtml.contains('landlady')
assert !(xhtml =~ /(?i)<script|<iframe|\son[a-z]+=|javascript:/)
zip.close()
return true
