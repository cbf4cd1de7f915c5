// Two builds of the same inputs with an output timestamp give byte-identical editions.
['epub', 'pdf'].each { ext ->
    def a = new File(basedir, "target/first/repro-1.0.${ext}").bytes
    def b = new File(basedir, "target/second/repro-1.0.${ext}").bytes
    assert a.length > 0
    assert java.util.Arrays.equals(a, b) : "${ext} differs between builds"
}
return true
