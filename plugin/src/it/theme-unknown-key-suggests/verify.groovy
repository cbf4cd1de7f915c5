// An unknown theme key is an error at its line, with the key it most likely means; nothing is written.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] styles/pdf-theme.properties:2: unknown PDF theme key 'page.sise'. Did you mean page.size?")
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/misspelt-1.0.pdf').exists()
return true
