using Assistant;

// Verbs: (none) runs the bot; "chat" is the console chat.
return await StartupGuard.RunAsync(() => args switch
{
    ["chat", .. var rest] => ConsoleChatCommand.RunAsync(rest),
    _ => AssistantApp.RunAsync(args),
});
