System.Console.Out.Write("hello\n");
