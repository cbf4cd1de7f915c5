// A Java locale name where a BCP 47 tag belongs fails the build, naming the tag to write, and writes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] the book's language 'en_GB' is not a BCP 47 language tag. Write en-GB in <language> or -Danthology.language")
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/badlang-1.0.epub').exists()
assert !new File(basedir, 'target/badlang-1.0.pdf').exists()
return true
