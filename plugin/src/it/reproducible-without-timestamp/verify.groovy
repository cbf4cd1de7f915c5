// Without project.build.outputTimestamp two clean builds still give byte-identical editions, a third build finds
// them up to date, and each build says once how to date the book.
['epub', 'pdf'].each { ext ->
    def a = new File(basedir, "first/undated-1.0.${ext}").bytes
    def b = new File(basedir, "second/undated-1.0.${ext}").bytes
    assert a.length > 0
    assert java.util.Arrays.equals(a, b) : "${ext} differs between builds"
}
def log = new File(basedir, 'build.log').text
assert (log =~ /Wrote .*undated-1\.0\.pdf/).count == 2 : 'the two clean builds write, the third does not'
assert log.contains('The editions are up to date with their inputs')
assert (log =~ /project\.build\.outputTimestamp is not set/).count == 3 : 'once per build'
assert !log.contains('[WARNING]')
return true
