package org.nwbj.spark.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.connector.expressions.aggregate.Aggregation;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownAggregates;
import org.apache.spark.sql.connector.read.SupportsPushDownFilters;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.sources.EqualTo;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.sources.GreaterThan;
import org.apache.spark.sql.sources.GreaterThanOrEqual;
import org.apache.spark.sql.sources.In;
import org.apache.spark.sql.sources.LessThan;
import org.apache.spark.sql.sources.LessThanOrEqual;
import org.apache.spark.sql.types.StructType;

/**
 * Column pruning, filters on {@code file} (=, IN: other files are not opened) and {@code index} (ranges, =, IN:
 * only the chunks holding those rows are read), and aggregates (see AggPlan). The file filters and the index
 * ranges are exact (the slices are cut at the bounds), so Spark does not evaluate them again; index IN only
 * narrows the range and stays with Spark.
 */
final class Hdf5ScanBuilder implements ScanBuilder, SupportsPushDownRequiredColumns, SupportsPushDownFilters,
        SupportsPushDownAggregates {
    private final Options options;
    private final StructType schema;
    private StructType required;
    private final List<Filter> pushed = new ArrayList<>();
    private Set<String> files; // null: every file
    private long lo = 0;
    private long hi = Long.MAX_VALUE;
    private AggPlan aggregation;

    Hdf5ScanBuilder(Options options, StructType schema) {
        this.options = options;
        this.schema = schema;
        this.required = schema;
    }

    @Override
    public void pruneColumns(StructType requiredSchema) {
        required = requiredSchema;
    }

    @Override
    public Filter[] pushFilters(Filter[] filters) {
        List<Filter> after = new ArrayList<>();
        for (Filter f : filters) {
            if (pushFile(f) || pushIndex(f)) {
                pushed.add(f);
                if (f instanceof In in && Columns.INDEX.equals(in.attribute())) {
                    after.add(f); // only narrowed to [min, max]
                }
            } else {
                after.add(f);
            }
        }
        // with no filter left for Spark, aggregates can be pushed too
        return after.toArray(new Filter[0]);
    }

    @Override
    public boolean pushAggregation(Aggregation aggregation) {
        if (!options.flag("aggregatePushdown", true)) {
            return false;
        }
        AggPlan plan = AggPlan.of(aggregation, schema, Hdf5ReaderFactory.kind(schema));
        if (plan == null) {
            return false;
        }
        this.aggregation = plan;
        return true;
    }

    @Override
    public boolean supportCompletePushDown(Aggregation aggregation) {
        // a file's groups may span partitions: each partition returns partial aggregates, Spark merges them
        return false;
    }

    private boolean pushFile(Filter f) {
        Set<String> match = new LinkedHashSet<>();
        if (f instanceof EqualTo e && Columns.FILE.equals(e.attribute()) && e.value() != null) {
            match.add(e.value().toString());
        } else if (f instanceof In in && Columns.FILE.equals(in.attribute())) {
            for (Object v : in.values()) {
                if (v != null) {
                    match.add(v.toString());
                }
            }
        } else {
            return false;
        }
        if (files != null) {
            match.retainAll(files);
        }
        files = match;
        return true;
    }

    private boolean pushIndex(Filter f) {
        if (f instanceof GreaterThan g && isIndex(g.attribute(), g.value())) {
            lo = Math.max(lo, sat(((Number) g.value()).longValue(), 1));
        } else if (f instanceof GreaterThanOrEqual g && isIndex(g.attribute(), g.value())) {
            lo = Math.max(lo, ((Number) g.value()).longValue());
        } else if (f instanceof LessThan l && isIndex(l.attribute(), l.value())) {
            hi = Math.min(hi, ((Number) l.value()).longValue());
        } else if (f instanceof LessThanOrEqual l && isIndex(l.attribute(), l.value())) {
            hi = Math.min(hi, sat(((Number) l.value()).longValue(), 1));
        } else if (f instanceof EqualTo e && isIndex(e.attribute(), e.value())) {
            long v = ((Number) e.value()).longValue();
            lo = Math.max(lo, v);
            hi = Math.min(hi, sat(v, 1));
        } else if (f instanceof In in && Columns.INDEX.equals(in.attribute()) && in.values().length > 0) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (Object v : in.values()) {
                if (!(v instanceof Long || v instanceof Integer)) {
                    return false;
                }
                min = Math.min(min, ((Number) v).longValue());
                max = Math.max(max, ((Number) v).longValue());
            }
            lo = Math.max(lo, min);
            hi = Math.min(hi, sat(max, 1));
        } else {
            return false;
        }
        return true;
    }

    private static boolean isIndex(String attribute, Object value) {
        return Columns.INDEX.equals(attribute) && (value instanceof Long || value instanceof Integer);
    }

    private static long sat(long v, long add) {
        return v > Long.MAX_VALUE - add ? Long.MAX_VALUE : v + add;
    }

    @Override
    public Filter[] pushedFilters() {
        return pushed.toArray(new Filter[0]);
    }

    @Override
    public Scan build() {
        return new Hdf5Scan(options, schema, required, files, Math.max(0, lo), hi, pushed, aggregation);
    }
}
