// A contents entry naming a file that is not there fails the build naming the contents file's line.
def log = new File(basedir, 'build.log').text
assert log.contains("contents.yaml:4: chapter file 'no-such-file.md' is not in the source directory")
assert log.contains('BUILD FAILURE')
return true
