// The generated help goal documents every parameter of the build goal with its property.
def log = new File(basedir, 'build.log').text
['sourceDirectory', 'contentsFile', 'stylesDirectory', 'outputDirectory', 'finalName', 'formats', 'language',
 'title', 'subtitle', 'editors', 'identifier', 'publisher', 'rights', 'encoding', 'outputTimestamp', 'skip',
 'force', 'failOnWarnings', 'attach'].each { name ->
    assert log.contains("anthology.${name}") : "help does not document ${name}"
}
assert log.contains('anthology:build')
return true
