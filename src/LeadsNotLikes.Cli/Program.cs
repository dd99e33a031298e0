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

// The synopsis lines are each command's own Usage, so the help cannot drift from the options a command reads.
static int Usage()
{
    Console.Error.WriteLine($"""
        usage:
          {EvaluateCommand.Usage}
              per file: lead precision/recall/F1 overall and per language, intent P/R/F1 and confusion
          {TrainCommand.Usage}
              fit the lead and intent weights on the training parts of all files (fixed hash split),
              report cross-validation inside them and each file's held-out part separately
          {CrossFileCommand.Usage}
              leave-one-file-out: for each named file, train on the training parts of the others and score it
              whole; cue-only against cue + lexical back-off at each strength; --dump writes every scored row
          {CompareCommand.Usage}
              paired bootstrap of two crossfile --dump columns: mean lead F1 difference, 95% interval, rows changed
          explain "text" [--kind review] [--rating 2] [--threshold N] [--vocabulary word,word]
              score one text and show every cue that moved the score
        """);
    return 2;
}
