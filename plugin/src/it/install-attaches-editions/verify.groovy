// The editions are attached to the project, so install puts them in the local repository beside the POM.
def dir = new File(localRepositoryPath, 'org/anthology/it/attached/1.0')
assert new File(dir, 'attached-1.0.pom').isFile()
def epub = new File(dir, 'attached-1.0.epub')
def pdf = new File(dir, 'attached-1.0.pdf')
assert epub.isFile() && epub.length() > 0
assert pdf.isFile() && pdf.length() > 0
assert java.util.Arrays.equals(epub.bytes, new File(basedir, 'target/attached-1.0.epub').bytes)
return true
