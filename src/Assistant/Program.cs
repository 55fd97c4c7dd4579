using Assistant;

// Verbs: (none) runs the bot; "chat" is the console chat; "ask" and "eval" try the offers search;
// "backup" and "restore" copy the data file (README, "Operating the bot").
return await StartupGuard.RunAsync(() => args switch
{
    ["chat", .. var rest] => ConsoleChatCommand.RunAsync(rest),
    ["ask", .. var rest] => AskCommand.RunAsync(rest, Console.Out),
    ["eval", .. var rest] => EvalCommand.RunAsync(rest, Console.Out),
    ["backup", .. var rest] => BackupCommand.BackupAsync(rest, Console.Out),
    ["restore", .. var rest] => BackupCommand.RestoreAsync(rest, Console.Out),
    _ => AssistantApp.RunAsync(args),
});
