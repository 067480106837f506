using Parley.Cli;

return ParleyCli.Run(args);
