// A chapter key the contents file does not know fails the build at its line, listing the keys it does know.
def log = new File(basedir, 'build.log').text
assert log.contains("contents.yaml:6: unknown chapter key 'translator'. Use file, title, subtitle, author, authors, bio, file-as, epigraph, source, rights, language, format, paragraphs")
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/unknownkey-1.0.epub').exists()
return true
