using BriefingGen.Cli;

return BriefgenApp.Run(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
