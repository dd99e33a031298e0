using LeadsNotLikes.Cli;

var command = args.Length > 0 ? args[0] : "help";
var rest = new CommandArgs(args.Skip(1));
return command switch
{
    "evaluate" => EvaluateCommand.Run(rest),
    "train" => TrainCommand.Run(rest),
    "explain" => ExplainCommand.Run(rest),
    "crossfile" => CrossFileCommand.Run(rest),
    "compare" => CompareCommand.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          evaluate <file.jsonl>... [--split all|train|heldout] [--threshold N] [--errors]
              per file: lead precision/recall/F1 overall and per language, intent P/R/F1 and confusion
          train <file.jsonl>... [--l2 λ] [--intent-l2 λ] [--lexical-l2 λ] [--lexical-intent-l2 λ] [--out path/LeadWeights.cs] [--errors]
              fit the lead and intent weights on the training parts of all files (fixed hash split),
              report cross-validation inside them and each file's held-out part separately
          crossfile <file.jsonl>... --leave-out name,name [--l2 λ,λ] [--intent-l2 λ] [--lexical-l2 λ,λ] [--lexical-intent-l2 λ,λ] [--min-count n] [--iterations n] [--parallel n] [--reports] [--dump dir]
              leave-one-file-out: for each named file, train on the training parts of the others and score it
              whole; cue-only against cue + lexical back-off at each strength; --dump writes every scored row
          compare <dump-dir> --a n --b m [--resamples 2000]
              paired bootstrap of two crossfile --dump columns: mean lead F1 difference, 95% interval, rows changed
          explain "text" [--kind review] [--rating 2] [--threshold N] [--vocabulary word,word]
              score one text and show every cue that moved the score
        """);
    return 2;
}
