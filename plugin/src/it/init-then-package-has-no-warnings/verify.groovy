// From an empty folder: init writes a complete book project, and mvn package builds both editions of it with not
// one Maven warning.
def log = new File(basedir, 'build.log').text
['pom.xml', 'texts/01-first-chapter.md', 'src/contents.yaml', 'styles/pdf-theme.properties', 'styles/epub.css',
 '.mvn/jvm.config'].each { assert new File(basedir, it).isFile() : "init did not write ${it}" }
def pom = new File(basedir, 'pom.xml').text
assert pom.contains('<packaging>pom</packaging>')
assert pom.contains('<project.build.outputTimestamp>')
assert pom.contains("<version>${pluginVersion}</version>")
assert new File(basedir, 'target/init-then-package-has-no-warnings-1.0.epub').length() > 0
assert new File(basedir, 'target/init-then-package-has-no-warnings-1.0.pdf').length() > 0
assert (log =~ /BUILD SUCCESS/).count == 2
def maven = (log =~ /Apache Maven (\d+\.\d+\.\d+)/)
assert maven.find() : 'the package build prints its Maven version (-V)'
println "built with Maven ${maven.group(1)}"
def warnings = log.readLines().findAll { it.contains('[WARNING]') || it.contains('[WARN]') }
assert warnings.isEmpty() : "warnings: ${warnings}"
return true
