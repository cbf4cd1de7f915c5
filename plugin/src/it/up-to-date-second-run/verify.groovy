// The second run finds every input unchanged: it says so and writes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('The editions are up to date with their inputs')
assert (log =~ /Wrote .*uptodate-1\.0\.epub/).count == 1 : 'only the first run writes'
assert (log =~ /Wrote .*uptodate-1\.0-cover\.pdf/).count == 1 : 'the cover is written once too'
return true
