// The editions are attached to the project, so install puts them in the local repository beside the POM; the print
// cover goes with them under the classifier "cover".
def dir = new File(localRepositoryPath, 'org/anthology/it/attached/1.0')
assert new File(dir, 'attached-1.0.pom').isFile()
def epub = new File(dir, 'attached-1.0.epub')
def pdf = new File(dir, 'attached-1.0.pdf')
def cover = new File(dir, 'attached-1.0-cover.pdf')
assert epub.isFile() && epub.length() > 0
assert pdf.isFile() && pdf.length() > 0
assert cover.isFile() && cover.length() > 0
assert java.util.Arrays.equals(epub.bytes, new File(basedir, 'target/attached-1.0.epub').bytes)
assert java.util.Arrays.equals(cover.bytes, new File(basedir, 'target/attached-1.0-cover.pdf').bytes)
def log = new File(basedir, 'build.log').text
assert log.contains("Printer's check, PDF interior: trim 5.827 x 8.268 in, bleed 0 in,") : 'printer\'s check of the interior'
assert log.contains("Printer's check, PDF cover: ") : 'printer\'s check of the cover'
return true
