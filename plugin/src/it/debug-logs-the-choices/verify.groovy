// -X shows which theme, fonts, style sheet, cover and fingerprint the build went by.
def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG] PDF theme: built-in defaults')
assert log.contains('[DEBUG] PDF font font.body LiberationSerif: built in')
assert log.contains('[DEBUG] EPUB style sheet: built in')
assert log.contains('[DEBUG] Cover: none found, generated from the title')
assert log =~ /\[DEBUG\] Input fingerprint [0-9a-f]{64}/
assert log.contains('[DEBUG] Language en, dated 2026-01-01T00:00:00Z')
return true
