// Two builds of the same inputs with an output timestamp give byte-identical editions, the print cover too.
['repro-1.0.epub', 'repro-1.0.pdf', 'repro-1.0-cover.pdf'].each { name ->
    def a = new File(basedir, "target/first/${name}").bytes
    def b = new File(basedir, "target/second/${name}").bytes
    assert a.length > 0
    assert java.util.Arrays.equals(a, b) : "${name} differs between builds"
}
return true
