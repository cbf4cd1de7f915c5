// A JPEG named .png stops the build at the line that shows it, saying what it is; the transparent PNG is no problem.
def log = new File(basedir, 'build.log').text
assert log.contains("texts/1-pictures.md:5: image 'photo.png' is a JPEG image, not the PNG its name says. Rename it to photo.jpg")
assert !log.contains('logo.png')
// The invoker runs Maven with -e, so Maven's own failure carries a trace; no image library's exception shows.
assert !log.contains('javax.imageio') && !log.contains('IIOException') && !log.contains('com.lowagie')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/brokenimage-1.0.epub').exists()
assert !new File(basedir, 'target/brokenimage-1.0.pdf').exists()
return true
