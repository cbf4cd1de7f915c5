// An undecodable byte fails the build naming file, line and what to do; no edition is left behind.
def log = new File(basedir, 'build.log').text
assert log.contains('texts/bad.txt:2: invalid UTF-8 (byte 0xE9 at column 4). Save the file as UTF-8')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/badutf8-1.0.epub').exists()
assert !new File(basedir, 'target').listFiles()?.any { it.name.endsWith('.epub') || it.name.endsWith('.pdf') }
return true
