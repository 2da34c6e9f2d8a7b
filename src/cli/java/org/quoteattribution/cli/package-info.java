/**
 * The command-line tool: {@code java -jar quote-attribution-VERSION-cli.jar}, entry class {@link
 * org.quoteattribution.cli.Main}. It reads articles as UTF-8 text files, analyses them with the public API alone
 * ({@link org.quoteattribution.QuoteAttributor}), and writes one JSON object per article, to stdout or to a folder;
 * {@code --help} and the README list the options and exit statuses.
 *
 * <p><b>Not API:</b> these classes are not in the library jar and carry no compatibility promise; they may change in
 * any release. What the tool promises is its command line, exit statuses and JSON, as the README describes them.
 */
package org.quoteattribution.cli;
