// Two books built in parallel (-T 2): every line the plugin logs names its book, so interleaved lines stay apart.
def lines = new File(basedir, 'build.log').readLines()
def ours = lines.findAll { it =~ /Chapter 1\/1|Wrote |Book done in|Normalization report|chapters, \d+ words/ }
assert ours.size() >= 10 : ours
ours.each { assert it =~ /^\[INFO\] \[(alpha|beta)\] / : "no book name in: ${it}" }
// Each book writes its EPUB, its PDF and the PDF's print cover.
assert ours.count { it.contains('[alpha] Wrote ') } == 3
assert ours.count { it.contains('[beta] Wrote ') } == 3
return true
