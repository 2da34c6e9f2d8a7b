package org.quoteattribution.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Reads {@code .txt} files on the executors into articles ({@link QuoteRows#ARTICLE}): the id is the file's name
 * without {@code .txt}; a file that is not UTF-8, or cannot be read, is an article with its {@code error}.
 */
final class TextFiles implements MapPartitionsFunction<String, Row> {

    private static final long serialVersionUID = 1L;

    /** The driver's Hadoop configuration (for hdfs://, s3a:// ...), as plain strings. */
    private final Map<String, String> hadoopConf;
    /** The job's --max-chars: a file of more than three bytes per character allowed is not read at all. */
    private final long maxChars;

    TextFiles(Map<String, String> hadoopConf, long maxChars) {
        this.hadoopConf = hadoopConf;
        this.maxChars = maxChars;
    }

    @Override
    public Iterator<Row> call(Iterator<String> paths) {
        Configuration conf = new Configuration(false);
        hadoopConf.forEach(conf::set);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return paths.hasNext();
            }

            @Override
            public Row next() {
                return article(conf, paths.next(), maxChars);
            }
        };
    }

    static Row article(Configuration conf, String file, long maxChars) {
        Path path = new Path(file);
        String name = path.getName();
        String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        byte[] bytes;
        try {
            FileSystem fs = path.getFileSystem(conf);
            long size = fs.getFileStatus(path).getLen();
            if (size > Math.min(Integer.MAX_VALUE - 16, 3 * maxChars)) { // UTF-8: at most 3 bytes per char
                return RowFactory.create(id, null, null, "too large: " + size + " bytes; the limit is " + maxChars
                        + " characters");
            }
            try (InputStream in = fs.open(path)) {
                bytes = in.readAllBytes();
            }
        } catch (IOException e) {
            return RowFactory.create(id, null, null, "cannot read " + file + ": " + e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return RowFactory.create(id, text, null, null);
        } catch (CharacterCodingException e) {
            return RowFactory.create(id, null, null, "not valid UTF-8 text: " + file);
        }
    }
}
