package org.anthology.edition.pdf;

import com.lowagie.text.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.anthology.model.PerChapter;

/**
 * The paragraphs of the blocks ahead of the page flow, and the footnotes they reference, set into lines on another
 * of the build's threads while the flow places the current ones ({@link AheadFlow} sets them). The flow takes a
 * paragraph set ahead only when it was built from the same block in the same style ({@link ParagraphRecipe}) and
 * set at the measure the flow asks for, a note only when it is the same chapter's note of that id set at the notes'
 * measure, and otherwise sets it itself, so the PDF is the same whether and how far the other thread got. The flow
 * never waits for the other thread while it lays out; the other thread waits for the flow when it holds
 * {@link #LIMIT} paragraphs not yet taken, and gives up a paragraph, or a note, the flow has already passed.
 */
final class SetAhead implements AutoCloseable {

    /** At most this many paragraphs are held set and not yet taken: a few pages' lines. */
    static final int LIMIT = 128;
    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;

    /** What one justified paragraph's setting told the line statistics, told them again when the flow takes it. */
    record Counted(List<SetLine> lines, int pass) {
    }

    /**
     * A paragraph set ahead: its parts as {@link ParagraphSetter#parts} gave them at {@code width}, the direction
     * it runs in, the notes it references and what its setting counted.
     */
    record Preset(List<SetParagraph> parts, float width, int direction, List<String> notes, List<Counted> counts) {

        /** The parts, counted in {@code statistics} as the flow's own setting would have counted them. */
        List<SetParagraph> use(ParagraphSetter.LineCount statistics) {
            counts.forEach(counted -> statistics.count(counted.lines(), counted.pass()));
            return parts;
        }
    }

    /**
     * A footnote set ahead, for the foot of the page: its lines as {@link NoteLines#of} gave them at {@code width},
     * none for a note the line layer cannot set, and what its setting counted.
     */
    record NotePreset(Optional<List<NoteLines.Line>> lines, float width, List<Counted> counts) {

        /** The lines, counted in {@code statistics} as the flow's own setting would have counted them. */
        Optional<List<NoteLines.Line>> use(ParagraphSetter.LineCount statistics) {
            counts.forEach(counted -> statistics.count(counted.lines(), counted.pass()));
            return lines;
        }
    }

    /** A note of a chapter, by the chapter's place in the book and the note's id. */
    private record NoteKey(int chapter, String id) {
    }

    /**
     * A paragraph, or a note its block references, set ahead for the block at {@code ordinal}, forgotten once the
     * flow has passed that block.
     */
    private record Held(long ordinal, ParagraphRecipe recipe, NoteKey note) {
    }

    private final Map<ParagraphRecipe, Preset> presets = new ConcurrentHashMap<>();
    private final Map<NoteKey, NotePreset> notes = new ConcurrentHashMap<>();
    private final Queue<Held> held = new ConcurrentLinkedQueue<>();
    private final AtomicInteger state = new AtomicInteger(NEW);
    private final Object lock = new Object();
    private final int limit;
    /** The block the flow is at, as {@link #ordinal}. */
    private volatile long reached = -1;
    private volatile boolean closed;
    private volatile boolean waiting;
    private int taken;
    private int notesTaken;

    private SetAhead(int limit) {
        this.limit = limit;
    }

    /** A look-ahead that never sets anything: the flow sets every paragraph itself. */
    static SetAhead none() {
        SetAhead none = new SetAhead(0);
        none.state.set(DONE);
        return none;
    }

    /**
     * Starts {@code work} on a thread {@code tasks} spares, which sets paragraphs into the look-ahead returned;
     * with no thread to spare it sets none.
     */
    static SetAhead start(PerChapter tasks, Consumer<SetAhead> work) {
        return start(tasks, LIMIT, work);
    }

    /** As {@link #start(PerChapter, Consumer)}, holding at most {@code limit} paragraphs not yet taken. */
    static SetAhead start(PerChapter tasks, int limit, Consumer<SetAhead> work) {
        SetAhead ahead = new SetAhead(limit);
        if (!tasks.alongside(() -> ahead.run(work))) {
            ahead.state.set(DONE);
        }
        return ahead;
    }

    /** The block {@code block} of a chapter's text, {@code block} of chapter {@code chapter}, in book order. */
    static long ordinal(int chapter, int block) {
        return (long) chapter << 32 | block;
    }

    private void run(Consumer<SetAhead> work) {
        if (!state.compareAndSet(NEW, RUNNING)) {
            return;
        }
        try {
            work.accept(this);
        } catch (RuntimeException | Error e) {
            // Setting the paragraph fails the same way on the flow's thread, which reports it as it always has.
        } finally {
            synchronized (lock) {
                state.set(DONE);
                lock.notifyAll();
            }
        }
    }

    /**
     * The paragraph {@code make} builds, set ahead at {@code width}, if it was; on the flow's thread. The flow tells
     * the preset's counts to its statistics when it uses it ({@link Preset#use}).
     */
    Optional<Preset> take(Supplier<Paragraph> make, float width) {
        if (!(make instanceof ParagraphRecipe recipe)) {
            return Optional.empty();
        }
        Preset preset = presets.remove(recipe);
        wake();
        if (preset == null || Float.compare(preset.width(), width) != 0) {
            return Optional.empty();
        }
        taken++;
        return Optional.of(preset);
    }

    /** How many paragraphs the flow took set ahead. */
    int taken() {
        return taken;
    }

    /**
     * The note {@code id} of chapter {@code chapter}, set ahead at {@code width}, if it was; on the flow's thread,
     * which tells the preset's counts to its statistics when it uses it ({@link NotePreset#use}).
     */
    Optional<NotePreset> takeNote(int chapter, String id, float width) {
        NotePreset preset = notes.remove(new NoteKey(chapter, id));
        if (preset == null || Float.compare(preset.width(), width) != 0) {
            return Optional.empty();
        }
        notesTaken++;
        return Optional.of(preset);
    }

    /** How many footnotes the flow took set ahead. */
    int notesTaken() {
        return notesTaken;
    }

    /** Tells that the flow sets block {@code block} of chapter {@code chapter} now, and forgets what it passed. */
    void reached(int chapter, int block) {
        long ordinal = ordinal(chapter, block);
        reached = ordinal;
        for (Held first = held.peek(); first != null && first.ordinal() < ordinal; first = held.peek()) {
            held.poll();
            if (first.recipe() != null) {
                presets.remove(first.recipe());
            } else {
                notes.remove(first.note());
            }
        }
        wake();
    }

    /**
     * Whether to set a paragraph of the block at {@code ordinal}, on the look-ahead's thread: false when the flow has
     * reached it already; waits while {@link #limit} paragraphs are held.
     *
     * @throws Closed once the flow is done
     */
    boolean admit(long ordinal) {
        while (presets.size() >= limit && ordinal > reached && !closed) {
            synchronized (lock) {
                waiting = true;
                try {
                    // A timed wait: a wake-up missed between the test and the wait costs a moment, not the look-ahead.
                    lock.wait(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Closed();
                } finally {
                    waiting = false;
                }
            }
        }
        if (closed) {
            throw new Closed();
        }
        return ordinal > reached;
    }

    /** Holds {@code preset}, set for the block at {@code ordinal} from {@code recipe}, for the flow to take. */
    void offer(long ordinal, ParagraphRecipe recipe, Preset preset) {
        if (ordinal > reached) {
            presets.put(recipe, preset);
            held.add(new Held(ordinal, recipe, null));
        }
    }

    /**
     * Holds {@code preset}, the note {@code id} of chapter {@code chapter} that the block at {@code ordinal}
     * references, for the flow to take when it places that block's lines.
     */
    void offerNote(long ordinal, int chapter, String id, NotePreset preset) {
        if (ordinal > reached) {
            NoteKey key = new NoteKey(chapter, id);
            notes.put(key, preset);
            held.add(new Held(ordinal, null, key));
        }
    }

    /**
     * Stops the look-ahead and forgets what it set: waits for its thread if it is setting a paragraph, so nothing of
     * it runs on once the flow goes on to write the document out; a look-ahead not started yet never starts.
     */
    @Override
    public void close() {
        closed = true;
        if (!state.compareAndSet(NEW, DONE)) {
            synchronized (lock) {
                lock.notifyAll();
                boolean interrupted = false;
                while (state.get() != DONE) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        presets.clear();
        notes.clear();
        held.clear();
    }

    private void wake() {
        if (waiting) {
            synchronized (lock) {
                lock.notifyAll();
            }
        }
    }

    /** Thrown on the look-ahead's thread once the flow is done with it. */
    static final class Closed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Closed() {
            super("the page flow is done", null, false, false);
        }
    }
}
