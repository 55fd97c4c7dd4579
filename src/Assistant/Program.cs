using Assistant;

// Verbs: (none) runs the bot; "chat" is the console chat; "ask" and "eval" try the offers search.
return await StartupGuard.RunAsync(() => args switch
{
    ["chat", .. var rest] => ConsoleChatCommand.RunAsync(rest),
    ["ask", .. var rest] => AskCommand.RunAsync(rest, Console.Out),
    ["eval", .. var rest] => EvalCommand.RunAsync(rest, Console.Out),
    _ => AssistantApp.RunAsync(args),
});
