// A story without sections is normal: with failOnWarnings it still builds, the log has no warning, and the report
// calls it a note, not a warning.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('[WARNING]')
assert new File(basedir, 'target/story-1.0.epub').isFile()
def report = new File(basedir, 'target/anthology/report.md').text
assert report.contains('- note: texts/story.txt:1: the chapter has no headings')
assert !report.contains('warning')
return true
