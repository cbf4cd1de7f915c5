#!/usr/bin/env bash
# Benchmark: what `mvn package` takes for generated books of 1, 10 and 100 chapters, in two kinds: plain text like
# seeds/000 (a paragraph per line, '#'-suffixed headings) and Markdown with sections, lists, tables and footnotes.
# Each book is built with the real Maven and this plugin, first fresh with the EPUB alone, then fresh with both
# editions, then once more unchanged; the table shows Maven's wall time, the plugin's own time ("Book done in"),
# its stage times, words, PDF pages and the peak heap, as the plugin's log gives them. The peak heap is the most heap
# in use at once while the plugin built the book (read before and after every garbage collection), which a heap
# limit such as -Xmx256m caps. The CPU time is the JVM's on all its threads during the build, the figure to compare
# on a busy machine, where wall times grow with the load.
#
# Usage (from the repository root):  plugin/src/test/bench/bench.sh [SIZES] [KINDS]
#   SIZES  chapters per book, default "1 10 100";  KINDS  "text markdown" (default)
#   MAVEN_OPTS defaults to -Xmx256m. Each book has the .mvn/jvm.config the init goal writes (C1 only, parallel
#   GC); BENCH_JVM_CONFIG=none leaves it out, to measure Maven's JVM with its default flags. BENCH_DIR (default
#   /tmp/anthology-bench) holds the books, logs and the private local repository the plugin is installed into,
#   filled from ~/.m2 through a file mirror, so the shared local repository is never written to.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
SIZES=${1:-"1 10 100"}
KINDS=${2:-"text markdown"}
BENCH_DIR=${BENCH_DIR:-/tmp/anthology-bench}
SOURCE_REPO=${SOURCE_REPO:-$HOME/.m2/repository}
export MAVEN_OPTS=${MAVEN_OPTS:--Xmx256m}
REPO=$BENCH_DIR/repository
SETTINGS=$BENCH_DIR/settings.xml
VERSION=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$ROOT/plugin/pom.xml" | head -1)
SEED=$ROOT/seeds/000_9afefc053d5ace72.txt
mkdir -p "$BENCH_DIR"

write_settings() {
  cat > "$SETTINGS" <<XML
<settings>
  <localRepository>$REPO</localRepository>
  <mirrors>
    <mirror><id>seeded</id><mirrorOf>*</mirrorOf><url>file://$SOURCE_REPO</url></mirror>
  </mirrors>
  <profiles>
    <profile>
      <id>no-checksums</id>
      <activation><activeByDefault>true</activeByDefault></activation>
      <repositories><repository><id>central</id><url>file://$SOURCE_REPO</url>
        <releases><checksumPolicy>ignore</checksumPolicy></releases>
        <snapshots><checksumPolicy>ignore</checksumPolicy></snapshots></repository></repositories>
      <pluginRepositories><pluginRepository><id>central</id><url>file://$SOURCE_REPO</url>
        <releases><checksumPolicy>ignore</checksumPolicy></releases>
        <snapshots><checksumPolicy>ignore</checksumPolicy></snapshots></pluginRepository></pluginRepositories>
    </profile>
  </profiles>
</settings>
XML
}

install_plugin() {
  echo "Installing anthology-maven-plugin $VERSION into $REPO" >&2
  mvn -B -q -s "$SETTINGS" -f "$ROOT/plugin/pom.xml" install -Dmaven.test.skip=true -Dinvoker.skip \
    > "$BENCH_DIR/install.log" 2>&1 || { tail -40 "$BENCH_DIR/install.log" >&2; exit 2; }
}

write_pom() {  # folder name
  cat > "$1/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example.bench</groupId>
  <artifactId>$2</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <name>Benchmark $2</name>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <project.build.outputTimestamp>2026-12-01T00:00:00Z</project.build.outputTimestamp>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>org.anthology</groupId>
        <artifactId>anthology-maven-plugin</artifactId>
        <version>$VERSION</version>
        <executions><execution><goals><goal>build</goal></goals></execution></executions>
        <configuration>
          <sourceDirectory>\${project.basedir}/texts</sourceDirectory>
          <language>en</language>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
XML
}

# Seed 000 as Markdown: '#'-suffixed headings become '##' sections, every fourth paragraph gets a footnote, and a
# list and a table follow every fifteenth.
markdown_chapter() {  # number
  awk -v n="$1" '
    BEGIN { print "# Chapter " n "\n" }
    /#$/ { sub(/#+$/, ""); print "## " $0 "\n"; next }
    /^[[:space:]]*$/ { next }
    { p++; line = $0; if (p % 4 == 0) { notes++; line = line "[^n" notes "]" } print line "\n"
      if (p % 15 == 0) {
        print "- a first point, made briefly\n- a second point with *emphasis* and a few more words\n- a third\n"
        print "| Year | Users | Share |\n|------|------:|------:|\n| 2000 | 22.5 | 1.7 % |\n| 2010 | 457 | 34.3 % |\n"
      } }
    END { for (k = 1; k <= notes; k++) print "[^n" k "]: A note of a few words, number " k ", with a source." }
  ' "$SEED"
}

make_book() {  # kind size
  local dir=$BENCH_DIR/books/$1-$2
  [ -f "$dir/pom.xml" ] && { echo "$dir"; return; }
  mkdir -p "$dir/texts"
  for i in $(seq -w 1 "$2"); do
    if [ "$1" = text ]; then cp "$SEED" "$dir/texts/$i-chapter.txt"; else markdown_chapter "$i" > "$dir/texts/$i-chapter.md"; fi
  done
  write_pom "$dir" "bench-$1-$2"
  echo "$dir"
}

# Runs one build and prints one row; the figures come from the plugin's own log lines.
build() {  # dir label [maven args...]
  local dir=$1 label=$2; shift 2
  local log=$BENCH_DIR/logs/$(basename "$dir")-$label.log
  mkdir -p "$BENCH_DIR/logs"
  local start end
  start=$(date +%s%N)
  mvn -B -o -s "$SETTINGS" -f "$dir/pom.xml" package "$@" > "$log" 2>&1 || { tail -30 "$log" >&2; exit 1; }
  end=$(date +%s%N)
  local plugin cpu stages words pages heap mb
  plugin=$(sed -n 's/.*Book done in \([0-9]*\) ms.*/\1/p' "$log" | tail -1)
  cpu=$(sed -n 's/.*Stage CPU times: .*; in all \([0-9,]*\) ms.*/\1/p' "$log" | tail -1 | tr -d ,)
  stages=$(sed -n 's/.*Stage times: \(.*\); peak heap.*/\1/p' "$log" | tail -1)
  heap=$(sed -n 's/.*; peak heap \([0-9]*\) MB.*/\1/p' "$log" | tail -1)
  words=$(sed -n 's/.*\] [0-9]* chapters, \([0-9]*\) words.*/\1/p' "$log" | tail -1)
  pages=$(sed -n 's/.*Wrote .*\.pdf (.* bytes, \([0-9,]*\) pages.*/\1/p' "$log" | head -1)
  mb=$(du -sm "$dir/texts" | cut -f1)
  printf '%-14s %-9s %8s %8s %8s %9s %7s %5s MB %5s MB  %s\n' "$(basename "$dir")" "$label" \
    "$(( (end - start) / 1000000 ))" "${plugin:--}" "${cpu:--}" "${words:--}" "${pages:--}" "$mb" "${heap:--}" "${stages:-up to date}"
}

write_settings
install_plugin
echo "load: $(uptime | sed 's/.*load average: //')   MAVEN_OPTS=$MAVEN_OPTS   cores: $(nproc)   .mvn/jvm.config: ${BENCH_JVM_CONFIG:-init}"
echo "plugin: its wall time (Book done in); cpu: the JVM's CPU time on all threads while the plugin built the book,"
echo "which load changes less than wall time, though a slow host raises it too; heap: the most heap in use at once"
echo "during the build; stages: wall times"
printf '%-14s %-9s %8s %8s %8s %9s %7s %8s %8s  %s\n' book run "wall ms" "plugin" "cpu ms" words pages source heap "stages (ms)"
for kind in $KINDS; do
  for size in $SIZES; do
    dir=$(make_book "$kind" "$size")
    rm -rf "$dir/.mvn"
    if [ "${BENCH_JVM_CONFIG:-init}" != none ]; then
      mkdir -p "$dir/.mvn"
      cp "$ROOT/plugin/src/main/resources/org/anthology/init/jvm.config.template" "$dir/.mvn/jvm.config"
    fi
    rm -rf "$dir/target"; build "$dir" epub -Danthology.formats=epub
    rm -rf "$dir/target"; build "$dir" both
    build "$dir" unchanged
  done
done
