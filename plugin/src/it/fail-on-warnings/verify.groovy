// With failOnWarnings a warning is a build failure that names file and line, and nothing is written.
def log = new File(basedir, 'build.log').text
assert log.contains('texts/chapter.md:3: <iframe> was left out')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/failwarn-1.0.epub').exists()
return true
