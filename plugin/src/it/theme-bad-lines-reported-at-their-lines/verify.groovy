// Three bad values in the theme are three errors, each at its own line, all reported by the one failed build.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] styles/pdf-theme.properties:2: PDF theme key 'page.size' has bad value 'A3'")
assert log.contains("[ERROR] styles/pdf-theme.properties:6: PDF theme key 'size.body' has bad value 'large'")
assert log.contains("[ERROR] styles/pdf-theme.properties:7: PDF theme key 'chapter.recto' has bad value 'yes'")
assert (log =~ /\[ERROR\] styles\/pdf-theme\.properties:/).count == 3
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/badtheme-1.0.pdf').exists()
return true
