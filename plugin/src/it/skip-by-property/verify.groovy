// -Danthology.skip=true skips the goal: no edition is written.
assert !new File(basedir, 'target/skip-1.0.epub').exists()
assert !new File(basedir, 'target/skip-1.0.pdf').exists()
assert new File(basedir, 'build.log').text.contains('Skipping the book (anthology.skip)')
return true
